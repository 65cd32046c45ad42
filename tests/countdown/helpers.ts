/** Helpers for the countdown tests: mount at a frozen instant and read what a reader sees. */
import { fixture, html } from '@open-wc/testing';
import '../../src/provider/define.js';
import '../../src/countdown/define.js';
import { untilState } from '../helpers/test-widget.js';
import type { MilestoneCountdown } from '../../src/countdown/milestone-countdown.js';

/** A countdown under a provider frozen at `now`, on the default story. */
export async function countdownAt(
  now: string,
  attrs: { milestone?: string; lang?: string } = {},
): Promise<MilestoneCountdown> {
  const wrap = await fixture(
    html`<withdrawal-data now=${now}>
      <milestone-countdown milestone=${attrs.milestone ?? ''} lang=${attrs.lang ?? 'en'}></milestone-countdown>
    </withdrawal-data>`,
  );
  const el = wrap.querySelector('milestone-countdown')!;
  if (!attrs.milestone) el.removeAttribute('milestone');
  await untilState(el, 'ready');
  await el.updateComplete;
  return el;
}

const $ = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The amount shown (`part="value"`), without its invisible width-keeper. */
export function value(el: Element): string {
  return squash($(el, '[part~="value"] > span:not(.widest)')?.textContent);
}

/** The count line as seen ("6 days and 23 hours left"). */
export function countLine(el: Element): string {
  const p = $(el, '.count');
  if (!p) return '';
  const copy = p.cloneNode(true) as Element;
  copy.querySelector('.widest')?.remove();
  return squash(copy.textContent);
}

/** The count's accessible name, the full sentence. */
export function sentence(el: Element): string {
  return $(el, '[role="timer"]')?.getAttribute('aria-label') ?? '';
}

export function label(el: Element): string {
  return squash($(el, '.label')?.textContent);
}

export function text(el: Element, sel: string): string {
  return squash($(el, sel)?.textContent);
}

export function announcement(el: Element): string {
  return squash($(el, '[role="status"]')?.textContent);
}

export function eventLines(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('.events li')].map((li) => squash(li.textContent));
}
