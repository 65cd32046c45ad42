/**
 * Text widths for label placement, measured before anything is drawn (one canvas, shared), so
 * labels are placed in one pass without reading layout back from the DOM. measureText costs
 * microseconds and the layout itself is cached per story, size and language, so no cache of widths.
 */
let context: CanvasRenderingContext2D | null | undefined;
/** The font last given to the canvas: setting `font` parses it, which costs more than measuring. */
let contextFont = '';

/** The map's one 2D canvas context, for measuring text and testing points against shapes. */
export function canvas(): CanvasRenderingContext2D | null {
  return (context ??= document.createElement('canvas').getContext('2d'));
}

export function textWidth(text: string, size: number, family: string): number {
  const measurer = canvas();
  if (!measurer) return text.length * size * 0.62;
  // Labels are bold (600); measuring bold for all errs on the side of room to spare.
  const font = `600 ${size}px ${family || 'sans-serif'}`;
  if (font !== contextFont) {
    measurer.font = font;
    contextFont = font;
  }
  return measurer.measureText(text).width;
}
