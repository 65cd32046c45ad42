/**
 * Keyboard paths between markers, which come sorted west to east. Left and Right move west and
 * east on the map whatever the language; Down/Up, Home/End follow the reading order, which runs
 * west to east in left-to-right languages and east to west in right-to-left ones.
 */
export function keyTarget(order: readonly { readonly id: string }[], id: string, key: string, dir: 'ltr' | 'rtl'): string | undefined {
  const i = order.findIndex((p) => p.id === id);
  if (i < 0 || order.length === 0) return undefined;
  const forward = dir === 'rtl' ? -1 : 1;
  const last = order.length - 1;
  let j: number;
  switch (key) {
    case 'ArrowRight': j = i + 1; break;
    case 'ArrowLeft': j = i - 1; break;
    case 'ArrowDown': j = i + forward; break;
    case 'ArrowUp': j = i - forward; break;
    case 'Home': j = forward > 0 ? 0 : last; break;
    case 'End': j = forward > 0 ? last : 0; break;
    default: return undefined;
  }
  return order[Math.max(0, Math.min(last, j))]!.id;
}
