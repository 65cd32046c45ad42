/**
 * The list of year groups. A group whose inputs did not change renders as `noChange` (what Lit's
 * `guard` does, without its directive machinery), so a selection, a key press or one more chunk of
 * a 10,000-event story re-renders only the groups it touches, not every event.
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import { formatter } from './format.js';
import { fill, formatCount } from '../i18n/intl.js';
import { gapClass, type YearGroup } from './layout.js';
import { eventView, type EventContext } from './event-view.js';

export interface YearsContext extends EventContext {
  /** Changes whenever the filter does, so guarded groups re-render. */
  readonly filterKey: string;
  readonly selected: string | undefined;
  readonly active: string | undefined;
  /** Index of the first future event among the shown ones (their count when none is). */
  readonly future: number;
  readonly total: number;
  /** How many events are rendered so far (the rest follow in chunks). */
  readonly limit: number;
  readonly now: number;
  /** The heading level of year headings, to fit the host page's outline. */
  readonly headingLevel: number;
  /**
   * What each group was last rendered from, by position (Lit reuses list items by position). The
   * caller empties it whenever the list leaves the DOM; here it is kept to the groups rendered.
   */
  readonly drawn: unknown[][];
}

function nowMark(c: YearsContext): TemplateResult {
  return html`<li class="now">
    <span>${c.m.now}</span>
    <time datetime=${new Date(c.now).toISOString()}>${formatter(c.lang, 'day', c.story.meta.timeZone).format(c.now)}</time>
  </li>`;
}

export function yearsView(groups: readonly YearGroup[], c: YearsContext): unknown[] {
  const out: unknown[] = [];
  const year = formatter(c.lang, 'year', c.story.meta.timeZone);
  let start = 0;
  for (const g of groups) {
    if (start >= c.limit) break;
    const events = g.events.slice(0, c.limit - start);
    const end = start + events.length;
    // Where "now" falls among this group's events; it closes the last group when everything is past.
    const past = Math.max(0, Math.min(events.length, c.future - start));
    const showNow = c.future >= start && (c.future < end || end === c.total);
    const mine = (id: string | undefined) => (id && events.some((e) => e.id === id) ? id : '');
    const sel = mine(c.selected);
    const active = mine(c.active);
    const inputs = [c.story, c.lang, c.filterKey, events.length, sel, active, past, showNow ? c.now : 0, c.headingLevel];
    const unchanged = c.drawn[out.length]?.every((input, i) => input === inputs[i]);
    c.drawn[out.length] = inputs;
    start = end;
    if (unchanged) {
      out.push(noChange);
      continue;
    }
    const items: unknown[] = events.map((e, i) => eventView(e, c, e.id === sel, e.id === active, i >= past));
    if (showNow) items.splice(past, 0, nowMark(c));
    const gap = gapClass(g.gap);
    out.push(html`<li class="year ${gap}">
      ${gap ? html`<p class="gap">${fill(c.m.gap, formatCount(g.gap, c.lang))}</p>` : nothing}
      <div class="year-heading" role="heading" aria-level=${c.headingLevel}>${year.format(g.events[0]!.date.start)}</div>
      <ol class="events">
        ${items}
      </ol>
    </li>`);
  }
  c.drawn.length = out.length;
  return out;
}
