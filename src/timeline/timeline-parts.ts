/**
 * The timeline's pieces around its year groups: the bar (summary, category filter, place filter)
 * and the footer (credit, date of the data, sources). Pure templates: the view passes in what they
 * show and the handlers they call.
 */
import { html, nothing } from 'lit';
import type { Source, Story, StoryEvent } from '../story/model.js';
import { textIn } from '../story/text.js';
import { fill, formatCount } from '../i18n/intl.js';
import type { TimelineMessages } from './messages.js';
import { formatStoryDate, formatter } from './format.js';
import { categoriesOf } from './layout.js';
import { categoryLabel, sourceLink, text } from './event-view.js';

/** The count of events shown and the span of their years; a word of its own when there are none. */
export function summaryText(
  events: readonly StoryEvent[],
  story: Story,
  lang: string,
  messages: TimelineMessages,
): string {
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return messages.noMatchingEvents;
  const year = formatter(lang, 'year', story.meta.timeZone);
  const from = year.format(first.date.start);
  const to = year.format((last.end ?? last.date).start);
  return messages.summary(formatCount(events.length, lang), from, to);
}

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
