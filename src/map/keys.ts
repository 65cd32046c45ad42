/**
 * Keyboard paths between markers, by their index in the list sorted west to east (the order
 * they are drawn in). Left and Right move west and east on the map whatever the language;
 * Down/Up, Home/End follow the reading order, which runs west to east in left-to-right languages
 * and east to west in right-to-left ones.
 */
export function keyTarget(index: number, count: number, key: string, dir: 'ltr' | 'rtl'): number | undefined {
  const forward = dir === 'rtl' ? -1 : 1;
  const westmost = 0;
  const eastmost = count - 1;
  const targets = new Map([
    ['ArrowRight', index + 1],
    ['ArrowLeft', index - 1],
    ['ArrowDown', index + forward],
    ['ArrowUp', index - forward],
    ['Home', dir === 'rtl' ? eastmost : westmost],
    ['End', dir === 'rtl' ? westmost : eastmost],
  ]);
  const target = targets.get(key);
  if (target === undefined) return undefined;
  // Past either end: stay on the first or the last.
  return Math.max(0, Math.min(count - 1, target));
}
