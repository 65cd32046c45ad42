/**
 * The year groups along the time axis, as far as the chunks have come: each with the gap since the
 * previous group, its heading, its events, and the "now" marker where now falls. A group whose
 * inputs did not change is not rendered again (Lit's `guard`), so a selection, a key press or one
 * more chunk of a 10,000-event story touches only the groups it concerns.
 */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { StoryEvent } from '../story/model.js';
import { fill, formatCount } from '../i18n/intl.js';
import { formatter } from './format.js';
import { firstFutureIndex, gapClass, type YearGroup } from './layout.js';
import { eventView, type EventContext } from './event-view.js';

export interface YearsInput extends EventContext {
  /** The events the filters let through, and their year groups. */
  readonly events: readonly StoryEvent[];
  readonly groups: readonly YearGroup[];
  /** How many of the events to render. */
  readonly limit: number;
  /** The selected event and the one holding the tab stop. */
  readonly selectedId: string | undefined;
  readonly activeId: string | undefined;
  readonly now: number;
  /** What the filters are set to: under other filters, every group renders again. */
  readonly filterKey: string;
  /** The `heading-level` as set (it may be out of range). */
  readonly headingLevel: number;
}

interface YearInput extends EventContext {
  /** Whole years since the previous group. */
  readonly gap: number;
  /** The group's events rendered so far. */
  readonly events: readonly StoryEvent[];
  /** The selected and the tab-stop event, when they are in this group ('' otherwise). */
  readonly selected: string;
  readonly active: string;
  /** How many of the group's events are past; "now" goes after them. */
  readonly past: number;
  /** "Now", when its marker falls in this group. */
  readonly now: number | undefined;
  /** The level of the year heading. */
  readonly level: number;
}

/** The year headings' level as asked for, rounded into 1–6; 2 for 0 or not a number. */
function headingLevel(asked: number): number {
  const rounded = Math.round(asked);
  if (!rounded) return 2;
  return Math.min(6, Math.max(1, rounded));
}

function nowMarker(now: number, { story, lang, messages }: EventContext) {
  const day = formatter(lang, 'day', story.meta.timeZone).format(now);
  return html`<li class="now">
    <span>${messages.nowLabel}</span>
    <time datetime=${new Date(now).toISOString()}>${day}</time>
  </li>`;
}

function renderYear(input: YearInput) {
  const { story, lang, messages, events, past, now } = input;
  const eventItems = events.map((event, index) =>
    eventView(event, input, {
      selected: event.id === input.selected,
      active: event.id === input.active,
      future: index >= past,
    }),
  );
  // "Now" goes between the past events and the ones still to come.
  const items =
    now === undefined ? eventItems : [...eventItems.slice(0, past), nowMarker(now, input), ...eventItems.slice(past)];
  const year = formatter(lang, 'year', story.meta.timeZone).format(events[0]!.date.start);
  const gapSize = gapClass(input.gap);
  const gapNote = gapSize
    ? html`<p class="gap">${fill(messages.yearsLater, formatCount(input.gap, lang))}</p>`
    : nothing;
  return html`<li class="year ${gapSize}">
    ${gapNote}
    <div role="heading" aria-level=${input.level}>${year}</div>
    <ol class="events">
      ${items}
    </ol>
  </li>`;
}

export function renderYears(input: YearsInput): unknown[] {
  const { story, lang, messages, events: visible, limit, now, filterKey } = input;
  const level = headingLevel(input.headingLevel);
  // "Now" goes before the first event still to come (or closes the list when all is past).
  const firstFuture = firstFutureIndex(visible, now);
  const years: unknown[] = [];
  let start = 0; // The index of the group's first event among the visible ones.
  for (const group of input.groups) {
    if (start >= limit) break;
    const events = group.events.slice(0, limit - start);
    const end = start + events.length;
    const past = Math.max(0, Math.min(events.length, firstFuture - start));
    const nowInGroup = firstFuture >= start && (firstFuture < end || end === visible.length);
    const idInGroup = (id: string | undefined) => (id && events.some((event) => event.id === id) ? id : '');
    const year: YearInput = {
      story,
      lang,
      messages,
      gap: group.gap,
      events,
      selected: idInGroup(input.selectedId),
      active: idInGroup(input.activeId),
      past,
      now: nowInGroup ? now : undefined,
      level,
    };
    // A group renders again only when one of these changed.
    const inputs = [story, lang, filterKey, events.length, year.selected, year.active, past, year.now, level];
    years.push(guard(inputs, () => renderYear(year)));
    start = end;
  }
  return years;
}
