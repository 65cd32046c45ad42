/**
 * Keyboard paths between markers, by their index in the list sorted west to east (the order
 * they are drawn in). Left and Right move west and east on the map whatever the language;
 * Down/Up, Home/End follow the reading order, which runs west to east in left-to-right languages
 * and east to west in right-to-left ones.
 */
export function keyTarget(i: number, count: number, key: string, dir: 'ltr' | 'rtl'): number | undefined {
  const forward = dir === 'rtl' ? -1 : 1;
  // Home and End reach far past either end; the clamp below brings them to the first or last.
  const j = (
    {
      ArrowRight: i + 1,
      ArrowLeft: i - 1,
      ArrowDown: i + forward,
      ArrowUp: i - forward,
      Home: -forward * 1e9,
      End: forward * 1e9,
    } as Record<string, unknown>
  )[key];
  return typeof j == 'number' ? Math.max(0, Math.min(count - 1, j)) : undefined;
}
