/**
 * Text widths for label placement, measured before anything is drawn (one canvas, shared; the
 * results cached), so labels are placed in one pass without reading layout back from the DOM.
 */
let context: CanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

/** The map's one 2D canvas context, for measuring text and testing points against shapes. */
export function canvas(): CanvasRenderingContext2D | null {
  return (context ??= document.createElement('canvas').getContext('2d'));
}

export function textWidth(text: string, size: number, family: string): number {
  const key = `${size}|${family}|${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    const c = canvas();
    if (c) {
      // Labels are bold (600); measuring bold for all errs on the side of room to spare.
      c.font = `600 ${size}px ${family || 'sans-serif'}`;
      width = c.measureText(text).width;
    } else {
      width = text.length * size * 0.62;
    }
    if (cache.size > 5000) cache.clear();
    cache.set(key, width);
  }
  return width;
}
