/**
 * <withdrawal-timeline>: the story's events in time order, grouped by year with the gaps between
 * years shown, a "now" marker, filters, one tab stop with arrow-key movement, and selection shared
 * with every widget bound to the same story.
 */
import { html, noChange, nothing, type PropertyValues } from 'lit';
import type { Selection } from '../context/story-context.js';
import type { Story, StoryEvent } from '../story/model.js';
import { milestoneOfEvent } from '../story/queries.js';
import { textIn } from '../story/text.js';
import { WithdrawalElement } from '../base/withdrawal-element.js';
import { messagesFor } from '../i18n/locale.js';
import { timelineMessages } from './messages.js';
import { formatStoryDate, formatter } from './format.js';
import { fill, formatCount } from '../i18n/intl.js';
import { categoriesOf, gapClass, groupByYear, visibleEvents } from './layout.js';
import { categoryLabel, eventView, sourceLink, text } from './event-view.js';
import { hashId, writeHash } from './deep-link.js';
import { timelineDarkStyles, timelineStyles } from './styles.js';
import { moveKey } from './keys.js';

/** Events rendered at once, then per chunk: enough to fill a screen fast, small enough not to block. */
const FIRST_CHUNK = 150;
const CHUNK = 250;

/** The id of the event whose button an event happened in. */
const idOf = (ev: Event) => (ev.target as Element).closest('.pick')?.parentElement?.dataset['id'];

/**
 * @tag withdrawal-timeline
 * @summary The story's events in time order: a vertical list in a narrow element, a horizontal time axis from 40rem
 * wide (by the element's own width). Light-DOM children are not shown: keep a plain list there for readers without JavaScript.
 * @fires withdrawal-select - When a person selects an event (or clears a place filter); detail `{ eventId?, locationIds }`.
 * @fires withdrawal-error - When the story cannot be loaded or parts of it were left out.
 * @csspart base - The wrapper that carries the language and direction.
 * @csspart error - The `role="alert"` message shown when the story fails.
 * @csspart event - Each event (`<li>`); the selected one is `event selected`.
 * @csspart selected - The selected event.
 * @cssprop --withdrawal-timeline-axis-color - The time axis and year rules.
 * @cssprop --withdrawal-timeline-selected-color - The outline of the selected event.
 * @cssprop --withdrawal-timeline-now-color - The "now" marker.
 * @cssprop --withdrawal-timeline-column-width - Width of a year column in the wide layout (default 17rem).
 */
export class WithdrawalTimeline extends WithdrawalElement {
  static override styles = [...WithdrawalElement.styles, timelineStyles, timelineDarkStyles];

  static override properties = {
    selected: { reflect: true },
    deepLink: { type: Boolean, reflect: true, attribute: 'deep-link' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    category: { state: true },
  };

  /** The id of the selected event; setting it selects that event for every widget bound to the story. */
  declare selected?: string;

  /** Select the event named by `#event-<id>` in the page URL, and write the hash when a person selects. */
  deepLink = false;

  /** The level (1–6) of the year headings, to fit the page's outline: 2 under the page's title, 3 inside a section. */
  headingLevel = 2;

  private category = '';

  /** The event holding the one tab stop. */
  #active?: string;
  /** The shared selection last mirrored into `selected`. */
  #seen?: Selection;
  /** An id asked for through `selected` or the URL, applied once the story is ready. */
  #wish?: string;
  #byPerson?: boolean;
  #reveal?: string;
  /** The page's `hashchange` listener, added while the timeline is on the page. */
  #onHash = () => {
    const id = hashId();
    if (this.deepLink && id) this.#choose(id, false);
  };
  /** The timer of the next chunk, if one is waiting. */
  #timer?: ReturnType<typeof setTimeout>;
  /** The events shown in the last render, and how many of them are in the DOM so far. */
  #shown: readonly StoryEvent[] = [];
  #limit = FIRST_CHUNK;
  #limitKey?: string;
  /**
   * What each year group was last rendered from, by position (Lit reuses list items by position).
   * Emptied whenever the list leaves the DOM.
   */
  #drawn: unknown[][] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    // Chunks stop while the timeline is off the page (see `updated`); this resumes them.
    this.requestUpdate();
    // The window listener lives as long as the timeline is on the page.
    addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('selected') && (this.selected ?? undefined) !== this.#seen?.eventId)
      this.#wish = this.selected ?? '';
    const story = this.story;
    // Without a story the list leaves the DOM: its groups must render afresh next time.
    if (!story) {
      this.#drawn = [];
      return;
    }
    // The first time a story is here (nothing seen yet), the page URL may name an event.
    if (!this.#seen && this.deepLink && this.#wish === undefined) this.#wish = hashId();
    if (this.#wish !== undefined) {
      const id = this.#wish;
      this.#wish = undefined;
      if (id !== (this.data.selection.eventId ?? '')) this.#choose(id, false);
    }
    const sel = this.data.selection;
    if (sel !== this.#seen) {
      this.#seen = sel;
      if (this.selected !== sel.eventId) this.selected = sel.eventId;
      if (sel.eventId) {
        this.#active = sel.eventId;
        if (!this.#byPerson) this.#reveal = sel.eventId;
      }
      this.#byPerson = false;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const id = this.#reveal;
    this.#reveal = undefined;
    // Scroll only: focus stays where the person left it (on the map, say).
    if (id) this.#item(id)?.scrollIntoView({ block: 'nearest' }); // inline: nearest is the default
    // The next chunk on a timer, one at a time, so the page stays responsive in between; none
    // while the timeline is off the page.
    if (this.#limit < this.#shown.length && !this.#timer) {
      this.#timer = setTimeout(() => {
        this.#timer = undefined;
        if (!this.isConnected) return;
        this.#limit += CHUNK;
        this.requestUpdate();
      });
    }
  }

  #choose(id: string, byPerson: boolean): void {
    const story = this.story;
    if (!story) {
      this.#wish = id;
      return;
    }
    const e = story.eventById.get(id);
    if (!id) this.data.select({ locationIds: [] });
    if (!e) return;
    const selection: Selection = {
      eventId: id,
      locationIds: [...e.places],
      milestoneId: milestoneOfEvent(story, id)?.id,
    };
    this.#byPerson = byPerson;
    this.#active = id;
    if (byPerson) {
      this.select(selection);
      if (this.deepLink) writeHash(id);
    } else {
      this.data.select(selection);
    }
  }

  #onClick(ev: Event): void {
    const id = idOf(ev);
    if (id) this.#choose(id, true);
  }

  async #onKey(ev: KeyboardEvent): Promise<void> {
    const id = idOf(ev);
    if (!id) return;
    const shown = this.#shown;
    const from = shown.findIndex((e) => e.id === id);
    const to = moveKey(ev.key, from, shown.length, this.direction === 'rtl');
    if (to < 0) return;
    ev.preventDefault();
    if (to === from) return;
    // Move the tab stop in the data, render (the target may not be in the DOM yet), then focus it.
    this.#active = shown[to]!.id;
    this.#limit = Math.max(this.#limit, to + 1);
    this.requestUpdate();
    await this.updateComplete;
    (this.#item(this.#active)?.firstElementChild as HTMLElement | null | undefined)?.focus(); // its button
  }

  /** The rendered event with this id. */
  #item(id: string): Element | null {
    return this.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`);
  }

  #clear(): void {
    this.category = '';
    if (!this.data.selection.eventId && this.data.selection.locationIds.length) this.select({ locationIds: [] });
  }

  protected override renderStory(story: Story) {
    const lang = this.locale;
    const m = messagesFor(timelineMessages, lang);
    const sel = this.data.selection;
    const places = sel.eventId ? [] : sel.locationIds;
    const filterKey = `${this.category}|${places.join(' ')}`;
    const shown = visibleEvents(story.events, this.category, places);
    if (this.#limitKey !== filterKey || this.#shown.length !== shown.length) this.#limit = FIRST_CHUNK;
    this.#limitKey = filterKey;
    this.#shown = shown;
    const total = shown.length;
    if (!shown.some((e) => e.id === this.#active)) this.#active = shown[0]?.id;
    const active = this.#active;
    // The selected and the focusable event must be in the DOM, however far down they are.
    for (const id of [sel.eventId, active]) {
      const i = id ? shown.findIndex((e) => e.id === id) : -1;
      this.#limit = Math.max(this.#limit, i + 1);
    }
    const limit = this.#limit;
    const now = this.now();
    let future = shown.findIndex((e) => e.date.start > now);
    if (future < 0) future = total;
    const year = formatter(lang, 'year', story.meta.timeZone);
    const last = shown[total - 1];
    const summary = last
      ? m.summary(
          formatCount(total, lang),
          year.format(shown[0]!.date.start),
          year.format((last.end ?? last.date).start),
        )
      : m.empty;
    const placeNames = places.map((id) => textIn(story.placeById.get(id)?.name ?? id, lang, story.meta.languages));
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));

    // The year groups, as far as the chunks have come. A group whose inputs did not change renders
    // as `noChange` (what Lit's `guard` does, without its directive machinery), so a selection, a
    // key press or one more chunk of a 10,000-event story re-renders only the groups it touches.
    const drawn = this.#drawn;
    const years: unknown[] = [];
    let start = 0;
    for (const g of groupByYear(shown)) {
      if (start >= limit) break;
      const events = g.events.slice(0, limit - start);
      const end = start + events.length;
      // Where "now" falls among this group's events; it closes the last group when everything is past.
      const past = Math.max(0, Math.min(events.length, future - start));
      const showNow = future >= start && (future < end || end === total);
      const mine = (id: string | undefined) => (id && events.some((e) => e.id === id) ? id : '');
      const selHere = mine(sel.eventId);
      const activeHere = mine(active);
      const inputs = [story, lang, filterKey, events.length, selHere, activeHere, past, showNow ? now : 0, level];
      const unchanged = drawn[years.length]?.every((input, i) => input === inputs[i]);
      drawn[years.length] = inputs;
      start = end;
      if (unchanged) {
        years.push(noChange);
        continue;
      }
      const items: unknown[] = events.map((e, i) =>
        eventView(e, story, lang, m, e.id === selHere, e.id === activeHere, i >= past),
      );
      if (showNow) {
        items.splice(
          past,
          0,
          html`<li class="now">
            <span>${m.now}</span>
            <time datetime=${new Date(now).toISOString()}
              >${formatter(lang, 'day', story.meta.timeZone).format(now)}</time
            >
          </li>`,
        );
      }
      const gap = gapClass(g.gap);
      // (No whitespace between block boxes in these templates: it would ship as text.)
      years.push(
        html`<li class="year ${gap}">
          ${gap ? html`<p class="gap">${fill(m.gap, formatCount(g.gap, lang))}</p>` : nothing}
          <div role="heading" aria-level=${level}>${year.format(g.events[0]!.date.start)}</div>
          <ol class="events">
            ${items}
          </ol>
        </li>`,
      );
    }
    drawn.length = years.length;

    return html`<div class="bar">
        <p id="summary">${summary}</p>
        <label
          >${m.category}
          <select @change=${(e: Event) => (this.category = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.category}>${m.all}</option>
            ${categoriesOf(story.events).map(
              (c) => html`<option value=${c} ?selected=${c === this.category}>${categoryLabel(c, m) || c}</option>`,
            )}
          </select></label
        >${places.length ? html`<p class="places">${fill(m.places, placeNames.join(', '))}</p>` : nothing}${
          places.length || this.category
            ? html`<button class="clear" @click=${this.#clear}>${m.clear}</button>`
            : nothing
        }
      </div>
      <div class="axis">
        <ol
          class="years ${total > FIRST_CHUNK ? 'lazy' : ''}"
          aria-describedby="summary"
          @keydown=${this.#onKey}
          @click=${this.#onClick}
        >
          ${years}
        </ol>
      </div>
      <footer>
        <p>
          ${text(story.meta.credit, lang, story)}${
            story.meta.updated
              ? html`<span>${fill(m.asOf, formatStoryDate(story.meta.updated, undefined, lang, m.approx))}</span>`
              : nothing
          }
        </p>
        <details>
          <summary>${fill(m.sources, formatCount(story.sources.length, lang))}</summary>
          <ol class="all">
            ${story.sources.map(
              (s) => html`<li>${sourceLink(s, lang, story, true)}: ${text(s.title, lang, story)}</li>`,
            )}
          </ol>
        </details>
      </footer>`;
  }
}
