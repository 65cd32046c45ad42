/**
 * The timeline's pieces around its events: the bar (summary, category filter, place filter), one
 * year group with its gap and "now" marker, and the footer (credit, date of the data, sources).
 * Pure templates: the view passes in what they show and the handlers they call.
 */
import { html, nothing } from 'lit';
import type { Source, Story, StoryEvent } from '../story/model.js';
import { textIn } from '../story/text.js';
import { fill, formatCount } from '../i18n/intl.js';
import type { TimelineMessages } from './messages.js';
import { formatStoryDate, formatter } from './format.js';
import { categoriesOf, gapClass } from './layout.js';
import { categoryLabel, eventView, sourceLink, text, type EventContext } from './event-view.js';

export interface BarInput {
  readonly story: Story;
  readonly lang: string;
  readonly messages: TimelineMessages;
  readonly summary: string;
  /** The category filter ('' for all). */
  readonly category: string;
  /** The places the shared selection filters by. */
  readonly places: readonly string[];
}

export function renderBar(input: BarInput, onCategory: (ev: Event) => void, onClear: () => void) {
  const { story, lang, messages, category, places } = input;
  const placeName = (id: string) => textIn(story.placeById.get(id)?.name ?? id, lang, story.meta.languages);
  const categoryOption = (value: string) =>
    html`<option value=${value} ?selected=${value === category}>${categoryLabel(value, messages) ?? value}</option>`;
  const placeFilter = places.length
    ? html`<p class="places">${fill(messages.eventsAtPlaces, places.map(placeName).join(', '))}</p>`
    : nothing;
  const clearButton =
    places.length || category
      ? html`<button class="clear" @click=${onClear}>${messages.clearFilters}</button>`
      : nothing;
  return html`<div class="bar">
    <p id="summary">${input.summary}</p>
    <label>
      ${messages.categoryFilter}
      <select @change=${onCategory}>
        <option value="" ?selected=${!category}>${messages.allCategories}</option>
        ${categoriesOf(story.events).map(categoryOption)}
      </select>
    </label>
    ${placeFilter} ${clearButton}
  </div>`;
}

export interface YearInput extends EventContext {
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

function nowMarker(now: number, { story, lang, messages }: EventContext) {
  const day = formatter(lang, 'day', story.meta.timeZone).format(now);
  return html`<li class="now">
    <span>${messages.nowLabel}</span>
    <time datetime=${new Date(now).toISOString()}>${day}</time>
  </li>`;
}

export function renderYear(input: YearInput) {
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

export function renderFooter(story: Story, lang: string, messages: TimelineMessages) {
  const updated = story.meta.updated;
  const dataAsOf = updated
    ? html`<span>${fill(messages.dataAsOf, formatStoryDate(updated, undefined, lang, messages.approximately))}</span>`
    : nothing;
  const sourceItem = (source: Source) =>
    html`<li>${sourceLink(source, lang, story, true)}: ${text(source.title, lang, story)}</li>`;
  return html`<footer>
    <p>${text(story.meta.credit, lang, story)} ${dataAsOf}</p>
    <details>
      <summary>${fill(messages.sourcesLabel, formatCount(story.sources.length, lang))}</summary>
      <ol class="all">
        ${story.sources.map(sourceItem)}
      </ol>
    </details>
  </footer>`;
}
