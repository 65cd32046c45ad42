/**
 * Where an arrow key moves in a list of events: Down/Up and the inline arrows step one event,
 * Home/End jump to the ends. In right-to-left text the inline arrows mirror: Left is "next".
 * Returns the new index (clamped), or -1 for a key that does not move.
 */
export function moveKey(key: string, index: number, count: number, rtl: boolean): number {
  // Home and End step past either end; the clamp lands them on the first and the last event.
  const steps: Record<string, number> = {
    ArrowDown: 1,
    ArrowUp: -1,
    ArrowRight: rtl ? -1 : 1,
    ArrowLeft: rtl ? 1 : -1,
    Home: -count,
    End: count,
  };
  const step = steps[key];
  if (step === undefined || count === 0) return -1;
  return Math.max(0, Math.min(count - 1, index + step));
}
