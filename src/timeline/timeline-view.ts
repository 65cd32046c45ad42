/**
 * The timeline's view: events grouped by year with the gaps between years shown, a "now" marker,
 * a category filter, one tab stop with arrow-key movement, and selection shared with every widget
 * bound to the same story. Long stories render a chunk at a time (ChunkedRenderController); the
 * year groups are drawn by years-view.ts, the bar and the footer by timeline-parts.ts.
 */
import { html, type PropertyValues } from 'lit';
import type { Selection } from '../context/story-context.js';
import type { Story, StoryEvent } from '../story/model.js';
import { milestoneOfEvent } from '../story/queries.js';
import type { WidgetView } from '../base/widget-view.js';
import { ChunkedRenderController } from '../controllers/chunked-render.js';
import { HashLinkController } from '../controllers/hash-link.js';
import { timelineMessages } from './messages.js';
import { groupByYear, visibleEvents, type YearGroup } from './layout.js';
import { renderBar, renderFooter, summaryText } from './timeline-parts.js';
import { renderYears } from './years-view.js';
import { moveKey } from './keys.js';
import { timelineStyles } from './styles.js';
import type { WithdrawalTimeline } from './withdrawal-timeline.js';

/** Events rendered at once, then per chunk: enough to fill a screen fast, small enough not to block. */
const CHUNKS = { first: 150, chunk: 250 };

/** The id of the event whose button (`.pick`) a DOM event happened in; undefined anywhere else. */
function eventIdOf(ev: Event): string | undefined {
  const button = (ev.target as Element).closest('.pick');
  return button?.parentElement?.dataset['id'];
}

export class TimelineView implements WidgetView {
  readonly styles = timelineStyles;
  readonly #host: WithdrawalTimeline;
  readonly #chunks: ChunkedRenderController;
  readonly #hashLink: HashLinkController;

  /** The category filter ('' for all). */
  #category = '';
  /** The event holding the one tab stop. */
  #activeId?: string;
  /** The shared selection last mirrored into `selected`. */
  #mirroredSelection?: Selection;
  /** An id asked for through `selected` or the URL, applied once the story is ready. */
  #pendingId?: string;
  /** Whether the last selection came from a person here (then the list does not scroll to it). */
  #byPerson = false;
  /** An event to scroll into view after the next render. */
  #scrollTarget?: string;

  // Derived in willUpdate for the render that follows.
  /** The places the shared selection filters by (none while an event is selected). */
  #places: readonly string[] = [];
  /** The events the filters let through, grouped by year, and how many of them are rendered so far. */
  #visibleEvents: readonly StoryEvent[] = [];
  #yearGroups: readonly YearGroup[] = [];
  #renderLimit = CHUNKS.first;
  /** "Now" for this render: the provider's frozen clock, else the real one. */
  #now = 0;

  constructor(host: WithdrawalTimeline) {
    this.#host = host;
    this.#chunks = new ChunkedRenderController(host, CHUNKS);
    this.#hashLink = new HashLinkController(host, (id) => {
      if (host.deepLink) this.#choose(id, false);
    });
    // `selected` may have been set before the view arrived.
    if (host.selected !== undefined) this.#pendingId = host.selected;
  }

  prepare(lang: string): boolean {
    return timelineMessages.prepare(lang, this.#host);
  }

  willUpdate(changed: PropertyValues<WithdrawalTimeline>): void {
    const host = this.#host;
    // `selected` set from outside (not by mirroring the shared selection) asks for that event;
    // removed, it asks for none.
    if (changed.has('selected')) {
      const selected = host.selected ?? undefined;
      if (selected !== this.#mirroredSelection?.eventId) this.#pendingId = selected ?? '';
    }
    const story = host.story;
    if (!story) return;
    // The first time a story is here (nothing mirrored yet), the page URL may name an event.
    if (!this.#mirroredSelection && host.deepLink && this.#pendingId === undefined) {
      this.#pendingId = this.#hashLink.read();
    }
    if (this.#pendingId !== undefined) {
      const id = this.#pendingId;
      this.#pendingId = undefined;
      if (id !== (host.data.selection.eventId ?? '')) this.#choose(id, false);
    }
    const selection = host.data.selection;
    if (selection !== this.#mirroredSelection) this.#mirror(selection);
    this.#deriveVisible(story, selection);
  }

  /** A new shared selection: reflect it in `selected`, move the tab stop to it, and scroll to it. */
  #mirror(selection: Selection): void {
    this.#mirroredSelection = selection;
    if (this.#host.selected !== selection.eventId) this.#host.selected = selection.eventId;
    if (selection.eventId) {
      this.#activeId = selection.eventId;
      // A person who clicked here sees the event already; any other selection is scrolled to.
      if (!this.#byPerson) this.#scrollTarget = selection.eventId;
    }
    this.#byPerson = false;
  }

  /** Which events show, which holds the tab stop, how many are rendered, and "now". */
  #deriveVisible(story: Story, selection: Selection): void {
    this.#places = selection.eventId ? [] : selection.locationIds;
    const visible = visibleEvents(story.events, this.#category, this.#places);
    if (!visible.some((event) => event.id === this.#activeId)) this.#activeId = visible[0]?.id;
    // The selected and the focusable event must be in the DOM, however far down they are.
    const indexOf = (id: string | undefined) => (id ? visible.findIndex((event) => event.id === id) : -1);
    const mustRender = [indexOf(selection.eventId), indexOf(this.#activeId)];
    this.#renderLimit = this.#chunks.limit(this.#filterKey(), visible.length, mustRender);
    this.#visibleEvents = visible;
    this.#yearGroups = groupByYear(visible);
    this.#now = this.#host.now();
  }

  /** What the filters are set to: a new value starts the chunks again from the first. */
  #filterKey(): string {
    return `${this.#category}|${this.#places.join(' ')}`;
  }

  updated(): void {
    const id = this.#scrollTarget;
    this.#scrollTarget = undefined;
    // Scroll only: focus stays where the person left it (on the map, say).
    if (id) this.#item(id)?.scrollIntoView({ block: 'nearest' });
  }

  #choose(id: string, byPerson: boolean): void {
    const host = this.#host;
    const story = host.story;
    if (!story) {
      this.#pendingId = id;
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
    this.#activeId = id;
    if (byPerson) {
      host.select(selection);
      if (host.deepLink) this.#hashLink.write(id);
    } else {
      host.data.select(selection);
    }
  }

  #onClick = (ev: Event): void => {
    const id = eventIdOf(ev);
    if (id) this.#choose(id, true);
  };

  #onKey = async (ev: KeyboardEvent): Promise<void> => {
    const id = eventIdOf(ev);
    if (!id) return;
    const visible = this.#visibleEvents;
    const from = visible.findIndex((event) => event.id === id);
    const to = moveKey(ev.key, from, visible.length, this.#host.direction === 'rtl');
    if (to < 0) return;
    ev.preventDefault();
    if (to === from) return;
    // Move the tab stop in the data, render (the target may not be in the DOM yet), then focus it.
    this.#activeId = visible[to]!.id;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const active = this.#activeId;
    if (active) this.#item(active)?.querySelector<HTMLElement>(':scope > .pick')?.focus();
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
    const lang = this.#host.locale;
    const messages = timelineMessages.get(lang)!;
    const bar = renderBar(
      {
        story,
        lang,
        messages,
        summary: summaryText(this.#visibleEvents, story, lang, messages),
        category: this.#category,
        places: this.#places,
      },
      this.#onCategory,
      this.#onClear,
    );
    const years = renderYears({
      story,
      lang,
      messages,
      events: this.#visibleEvents,
      groups: this.#yearGroups,
      limit: this.#renderLimit,
      selectedId: this.#host.data.selection.eventId,
      activeId: this.#activeId,
      now: this.#now,
      filterKey: this.#filterKey(),
      headingLevel: this.#host.headingLevel,
    });
    return html`${bar}
      <div class="axis">
        <ol
          class="years ${this.#chunks.growing ? 'lazy' : ''}"
          aria-describedby="summary"
          @keydown=${this.#onKey}
          @click=${this.#onClick}
        >
          ${years}
        </ol>
      </div>
      ${renderFooter(story, lang, messages)}`;
  }
}
