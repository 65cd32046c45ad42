/** Shared test helpers for <withdrawal-timeline>: build a story, mount it, read what a reader sees. */
import { fixture, html } from '@open-wc/testing';
import '../../src/provider/define.js';
import '../../src/timeline/define.js';
import { untilState } from '../helpers/test-widget.js';
import type { WithdrawalTimeline } from '../../src/timeline/define.js';

export interface MiniEvent {
  id: string;
  date: string;
  end?: string;
  approximate?: boolean;
  title?: string | Record<string, string>;
  category?: string;
  places?: string[];
  sources?: string[];
  provenance?: string;
  attribution?: string;
  correction?: string;
}

export function storyJson(events: MiniEvent[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    meta: {
      title: 'Test story',
      timeZone: 'Asia/Baghdad',
      languages: ['en'],
      updated: '2026-01-02',
      credit: 'Test desk',
    },
    sources: [{ id: 's1', publisher: 'Example News', title: 'A report', url: 'https://example.org/r' }],
    places: [
      { id: 'p1', name: 'Erbil', kind: 'base', coordinates: [44, 36.2] },
      { id: 'p2', name: 'Anbar', kind: 'base', coordinates: [42.4, 33.8] },
    ],
    events: events.map((e) => ({
      title: `Event ${e.id}`,
      category: 'diplomacy',
      sources: ['s1'],
      provenance: 'official',
      ...e,
    })),
    ...extra,
  });
}

/** Mount a timeline inside a provider with an inline story (or the default one) and a frozen clock. */
export async function mount(
  story: string | null,
  opts: { now?: string; lang?: string; width?: number } = {},
): Promise<WithdrawalTimeline> {
  // Width through a stylesheet: the widget must decide by its own width, whatever the viewport.
  const wrap = await fixture(
    html`<div lang=${opts.lang ?? 'en'} class="w${opts.width ?? 'auto'}">
      <style>
        .w320 {
          width: 320px;
        }
        .w700 {
          width: 700px;
        }
      </style>
      <withdrawal-data now=${opts.now ?? '2026-01-01T00:00:00Z'}>
        ${
          story === null
            ? ''
            : html`<script type="application/json">
                ${story}
              </script>`
        }
        <withdrawal-timeline></withdrawal-timeline>
      </withdrawal-data>
    </div>`,
  );
  const el = wrap.querySelector('withdrawal-timeline')!;
  await untilState(el, 'ready');
  await el.updateComplete;
  return el;
}

export const root = (el: Element): ShadowRoot => el.shadowRoot!;
export const all = (el: Element, sel: string): HTMLElement[] => [...root(el).querySelectorAll<HTMLElement>(sel)];
export const txt = (n: Element | null | undefined): string => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const events = (el: Element): HTMLElement[] => all(el, '[part~="event"]');
export const ids = (el: Element): string[] => events(el).map((e) => e.dataset['id']!);
export const dateOf = (el: Element, id: string): string => txt(root(el).querySelector(`[data-id="${id}"] time`));
