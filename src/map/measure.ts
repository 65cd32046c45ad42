/**
 * Text widths for label placement, measured before anything is drawn (one canvas, shared; the
 * results cached), so labels are placed in one pass without reading layout back from the DOM.
 */
let context: OffscreenCanvasRenderingContext2D | null | undefined;
const cache = new Map<string, number>();

export function textWidth(text: string, size: number, family: string): number {
  const key = `${size}|${family}|${text}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (context === undefined) context = typeof OffscreenCanvas === 'undefined' ? null : new OffscreenCanvas(1, 1).getContext('2d');
  let width: number;
  if (context) {
    // Labels are bold (600); measuring bold for all errs on the side of room to spare.
    context.font = `600 ${size}px ${family || 'sans-serif'}`;
    width = context.measureText(text).width;
  } else {
    width = text.length * size * 0.62;
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, width);
  return width;
}
