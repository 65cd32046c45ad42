/** Shared reading of a rendered <base-map>, as a page or a person sees it. */
import type { BaseMap } from '../../src/map/define.js';
import { untilState } from '../helpers/test-widget.js';

export function markers(el: BaseMap): SVGGElement[] {
  return [...el.shadowRoot!.querySelectorAll<SVGGElement>('[part~="location"]')];
}

export function marker(el: BaseMap, id: string): SVGGElement {
  const m = el.shadowRoot!.querySelector<SVGGElement>(`[part~="location"][data-id="${id}"]`);
  if (!m) throw new Error(`no marker for ${id}`);
  return m;
}

export function centre(e: Element): { x: number; y: number } {
  const r = e.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

/** The state a marker shows, from its accessible name ("Name, Kind: State"). */
export function stateOf(el: BaseMap, id: string): string {
  return marker(el, id).getAttribute('aria-label')!.split(': ').pop()!;
}

/** Ready, measured and drawn. */
export async function drawn(el: BaseMap): Promise<void> {
  await untilState(el, 'ready');
  const start = performance.now();
  while (markers(el).length === 0 && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
}
