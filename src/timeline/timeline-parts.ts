/**
 * The timeline's pieces around its events: the bar (summary, category filter, place filter), one
 * year group with its gap and "now" marker, and the footer (credit, date of the data, sources).
 * Pure templates: the view passes in what they show and the handlers they call.
 */
import { html, nothing } from 'lit';
import type { Story, StoryEvent } from '../story/model.js';
import { textIn } from '../story/text.js';
import { fill, formatCount } from '../i18n/intl.js';
import type { TimelineMessages } from './messages.js';
import { formatStoryDate, formatter } from './format.js';
import { categoriesOf, gapClass } from './layout.js';
import { categoryLabel, eventView, sourceLink, text } from './event-view.js';

export interface BarInput {
  readonly story: Story;
  readonly lang: string;
  readonly m: TimelineMessages;
  readonly summary: string;
  /** The category filter ('' for all). */
  readonly category: string;
  /** The places the shared selection filters by. */
  readonly places: readonly string[];
}

export function renderBar(input: BarInput, onCategory: (ev: Event) => void, onClear: () => void) {
  const { story, lang, m, category, places } = input;
  const placeNames = places.map((id) => textIn(story.placeById.get(id)?.name ?? id, lang, story.meta.languages));
  return html`<div class="bar">
    <p id="summary">${input.summary}</p>
    <label>
      ${m.categoryFilter}
      <select @change=${onCategory}>
        <option value="" ?selected=${!category}>${m.allCategories}</option>
        ${categoriesOf(story.events).map(
          (c) => html`<option value=${c} ?selected=${c === category}>${categoryLabel(c, m) || c}</option>`,
        )}
      </select>
    </label>
    ${places.length ? html`<p class="places">${fill(m.eventsAtPlaces, placeNames.join(', '))}</p>` : nothing}
    ${places.length || category ? html`<button class="clear" @click=${onClear}>${m.clearFilters}</button>` : nothing}
  </div>`;
}

export interface YearInput {
  readonly story: Story;
  readonly lang: string;
  readonly m: TimelineMessages;
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

export function renderYear(input: YearInput) {
  const { story, lang, m, events, past, now } = input;
  const items: unknown[] = events.map((e, i) =>
    eventView(e, story, lang, m, e.id === input.selected, e.id === input.active, i >= past),
  );
  if (now !== undefined) {
    const day = formatter(lang, 'day', story.meta.timeZone).format(now);
    items.splice(
      past,
      0,
      html`<li class="now">
        <span>${m.nowLabel}</span>
        <time datetime=${new Date(now).toISOString()}>${day}</time>
      </li>`,
    );
  }
  const gap = gapClass(input.gap);
  const year = formatter(lang, 'year', story.meta.timeZone).format(events[0]!.date.start);
  return html`<li class="year ${gap}">
    ${gap ? html`<p class="gap">${fill(m.yearsLater, formatCount(input.gap, lang))}</p>` : nothing}
    <div role="heading" aria-level=${input.level}>${year}</div>
    <ol class="events">
      ${items}
    </ol>
  </li>`;
}

export function renderFooter(story: Story, lang: string, m: TimelineMessages) {
  const updated = story.meta.updated;
  return html`<footer>
    <p>
      ${text(story.meta.credit, lang, story)}
      ${updated ? html`<span>${fill(m.dataAsOf, formatStoryDate(updated, undefined, lang, m.approximately))}</span>` : nothing}
    </p>
    <details>
      <summary>${fill(m.sourcesLabel, formatCount(story.sources.length, lang))}</summary>
      <ol class="all">
        ${story.sources.map((s) => html`<li>${sourceLink(s, lang, story, true)}: ${text(s.title, lang, story)}</li>`)}
      </ol>
    </details>
  </footer>`;
}
