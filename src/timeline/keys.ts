/**
 * Where an arrow key moves in a list of events: Down/Up and the inline arrows step one event,
 * Home/End jump to the ends. In right-to-left text the inline arrows mirror: Left is "next".
 * Returns the new index (clamped), or -1 for a key that does not move.
 */
export function moveKey(key: string, index: number, count: number, rtl: boolean): number {
  const step: Record<string, number> = {
    ArrowDown: 1,
    ArrowUp: -1,
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
  };
  if (count === 0) return -1;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const d = step[key];
  return d === undefined ? -1 : Math.max(0, Math.min(count - 1, index + d));
}
