/**
 * The timeline's view: events grouped by year with the gaps between years shown, a "now" marker,
 * a category filter, one tab stop with arrow-key movement, and selection shared with every widget
 * bound to the same story. Long stories render a chunk at a time (ChunkedRenderController); a year
 * group whose inputs did not change is not rendered again (Lit's `guard`).
 */
import { html, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Selection } from '../context/story-context.js';
import type { Story, StoryEvent } from '../story/model.js';
import { milestoneOfEvent } from '../story/queries.js';
import type { WidgetView } from '../base/widget-view.js';
import { ChunkedRenderController } from '../controllers/chunked-render.js';
import { HashLinkController } from '../controllers/hash-link.js';
import { formatCount } from '../i18n/intl.js';
import { timelineMessages, type TimelineMessages } from './messages.js';
import { formatter } from './format.js';
import { groupByYear, visibleEvents } from './layout.js';
import { renderBar, renderFooter, renderYear } from './timeline-parts.js';
import { moveKey } from './keys.js';
import { timelineStyles } from './styles.js';
import type { WithdrawalTimeline } from './withdrawal-timeline.js';

/** Events rendered at once, then per chunk: enough to fill a screen fast, small enough not to block. */
const CHUNKS = { first: 150, chunk: 250 };

/** The id of the event whose button an event happened in. */
const idOf = (ev: Event) => (ev.target as Element).closest('.pick')?.parentElement?.dataset['id'];

export class TimelineView implements WidgetView {
  readonly styles = timelineStyles;
  readonly #host: WithdrawalTimeline;
  readonly #chunks: ChunkedRenderController;
  readonly #hashLink: HashLinkController;

  /** The category filter ('' for all). */
  #category = '';
  /** The event holding the one tab stop. */
  #active?: string;
  /** The shared selection last mirrored into `selected`. */
  #seen?: Selection;
  /** An id asked for through `selected` or the URL, applied once the story is ready. */
  #wish?: string;
  /** Whether the last selection came from a person here (then the list does not scroll to it). */
  #byPerson = false;
  /** An event to scroll into view after the next render. */
  #reveal?: string;
  /** The events the filters let through, and how many of them are rendered so far. */
  #shown: readonly StoryEvent[] = [];
  #limit = CHUNKS.first;

  constructor(host: WithdrawalTimeline) {
    this.#host = host;
    this.#chunks = new ChunkedRenderController(host, CHUNKS);
    this.#hashLink = new HashLinkController(host, (id) => {
      if (host.deepLink) this.#choose(id, false);
    });
    // `selected` may have been set before the view arrived.
    if (host.selected !== undefined) this.#wish = host.selected;
  }

  prepare(lang: string): boolean {
    if (timelineMessages.get(lang)) return true;
    void timelineMessages.load(lang).then(() => this.#host.requestUpdate());
    return false;
  }

  willUpdate(changed: PropertyValues<WithdrawalTimeline>): void {
    const host = this.#host;
    if (changed.has('selected') && (host.selected ?? undefined) !== this.#seen?.eventId)
      this.#wish = host.selected ?? '';
    const story = host.story;
    if (!story) return;
    // The first time a story is here (nothing seen yet), the page URL may name an event.
    if (!this.#seen && host.deepLink && this.#wish === undefined) this.#wish = this.#hashLink.read();
    if (this.#wish !== undefined) {
      const id = this.#wish;
      this.#wish = undefined;
      if (id !== (host.data.selection.eventId ?? '')) this.#choose(id, false);
    }
    const selection = host.data.selection;
    if (selection !== this.#seen) {
      this.#seen = selection;
      if (host.selected !== selection.eventId) host.selected = selection.eventId;
      if (selection.eventId) {
        this.#active = selection.eventId;
        if (!this.#byPerson) this.#reveal = selection.eventId;
      }
      this.#byPerson = false;
    }
    this.#deriveShown(story, selection);
  }

  /** Which events show, which holds the tab stop, and how many are rendered. */
  #deriveShown(story: Story, selection: Selection): void {
    const places = selection.eventId ? [] : selection.locationIds;
    const shown = visibleEvents(story.events, this.#category, places);
    if (!shown.some((e) => e.id === this.#active)) this.#active = shown[0]?.id;
    // The selected and the focusable event must be in the DOM, however far down they are.
    const mustShow = [selection.eventId, this.#active].map((id) => (id ? shown.findIndex((e) => e.id === id) : -1));
    this.#limit = this.#chunks.limit(`${this.#category}|${places.join(' ')}`, shown.length, mustShow);
    this.#shown = shown;
  }

  updated(): void {
    const id = this.#reveal;
    this.#reveal = undefined;
    // Scroll only: focus stays where the person left it (on the map, say).
    if (id) this.#item(id)?.scrollIntoView({ block: 'nearest' });
  }

  #choose(id: string, byPerson: boolean): void {
    const host = this.#host;
    const story = host.story;
    if (!story) {
      this.#wish = id;
      return;
    }
    if (!id) host.data.select({ locationIds: [] });
    const event = story.eventById.get(id);
    if (!event) return;
    const selection: Selection = {
      eventId: id,
      locationIds: [...event.places],
      milestoneId: milestoneOfEvent(story, id)?.id,
    };
    this.#byPerson = byPerson;
    this.#active = id;
    if (byPerson) {
      host.select(selection);
      if (host.deepLink) this.#hashLink.write(id);
    } else {
      host.data.select(selection);
    }
  }

  #onClick = (ev: Event): void => {
    const id = idOf(ev);
    if (id) this.#choose(id, true);
  };

  #onKey = async (ev: KeyboardEvent): Promise<void> => {
    const id = idOf(ev);
    if (!id) return;
    const shown = this.#shown;
    const from = shown.findIndex((e) => e.id === id);
    const to = moveKey(ev.key, from, shown.length, this.#host.direction === 'rtl');
    if (to < 0) return;
    ev.preventDefault();
    if (to === from) return;
    // Move the tab stop in the data, render (the target may not be in the DOM yet), then focus it.
    this.#active = shown[to]!.id;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    (this.#item(this.#active)?.firstElementChild as HTMLElement | null | undefined)?.focus(); // its button
  };

  #onCategory = (ev: Event): void => {
    this.#category = (ev.target as HTMLSelectElement).value;
    this.#host.requestUpdate();
  };

  #onClear = (): void => {
    this.#category = '';
    const selection = this.#host.data.selection;
    if (!selection.eventId && selection.locationIds.length) this.#host.select({ locationIds: [] });
    this.#host.requestUpdate();
  };

  /** The rendered event with this id. */
  #item(id: string): Element | null {
    return this.#host.renderRoot.querySelector(`[data-id="${CSS.escape(id)}"]`);
  }

  render(story: Story) {
    const host = this.#host;
    const lang = host.locale;
    const m = timelineMessages.get(lang)!;
    const selection = host.data.selection;
    const places = selection.eventId ? [] : selection.locationIds;
    const shown = this.#shown;
    const now = host.now();
    const year = formatter(lang, 'year', story.meta.timeZone);
    const last = shown[shown.length - 1];
    const summary = last
      ? m.summary(
          formatCount(shown.length, lang),
          year.format(shown[0]!.date.start),
          year.format((last.end ?? last.date).start),
        )
      : m.noMatchingEvents;
    return html`${renderBar({ story, lang, messages: m, summary, category: this.#category, places }, this.#onCategory, this.#onClear)}
      <div class="axis">
        <ol
          class="years ${this.#chunks.growing ? 'lazy' : ''}"
          aria-describedby="summary"
          @keydown=${this.#onKey}
          @click=${this.#onClick}
        >
          ${this.#renderYears(story, lang, m, now)}
        </ol>
      </div>
      ${renderFooter(story, lang, m)}`;
  }

  /** The year groups, as far as the chunks have come. */
  #renderYears(story: Story, lang: string, m: TimelineMessages, now: number): unknown[] {
    const shown = this.#shown;
    const total = shown.length;
    const limit = this.#limit;
    const selection = this.#host.data.selection;
    const selectedId = selection.eventId;
    const filterKey = `${this.#category}|${selection.eventId ? '' : selection.locationIds.join(' ')}`;
    const level = Math.min(6, Math.max(1, Math.round(this.#host.headingLevel) || 2));
    // The first event still to come; "now" goes before it (or closes the list when all is past).
    let future = shown.findIndex((e) => e.date.start > now);
    if (future < 0) future = total;
    const years: unknown[] = [];
    let start = 0;
    for (const group of groupByYear(shown)) {
      if (start >= limit) break;
      const events = group.events.slice(0, limit - start);
      const end = start + events.length;
      const past = Math.max(0, Math.min(events.length, future - start));
      const showNow = future >= start && (future < end || end === total);
      const inGroup = (id: string | undefined) => (id && events.some((e) => e.id === id) ? id : '');
      const selected = inGroup(selectedId);
      const active = inGroup(this.#active);
      const nowHere = showNow ? now : undefined;
      // A group re-renders only when one of these changed: a selection, a key press or one more
      // chunk of a 10,000-event story touches only the groups it concerns.
      const inputs = [story, lang, filterKey, events.length, selected, active, past, nowHere, level];
      years.push(
        guard(inputs, () =>
          renderYear({ story, lang, messages: m, gap: group.gap, events, selected, active, past, now: nowHere, level }),
        ),
      );
      start = end;
    }
    return years;
  }
}
