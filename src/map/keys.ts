/**
 * Keyboard paths between markers, which come sorted west to east. Left and Right move west and
 * east on the map whatever the language; Down/Up, Home/End follow the reading order, which runs
 * west to east in left-to-right languages and east to west in right-to-left ones.
 */
export function keyTarget(order: readonly { readonly id: string }[], id: string, key: string, dir: 'ltr' | 'rtl'): string | undefined {
  const i = order.findIndex((p) => p.id === id);
  const forward = dir === 'rtl' ? -1 : 1;
  // Home and End reach far past either end; the clamp below brings them to the first or last.
  const j = ({ ArrowRight: i + 1, ArrowLeft: i - 1, ArrowDown: i + forward, ArrowUp: i - forward, Home: -forward * 1e9, End: forward * 1e9 } as Record<string, unknown>)[key];
  if (i < 0 || typeof j != 'number') return undefined;
  return order[Math.max(0, Math.min(order.length - 1, j))]!.id;
}
