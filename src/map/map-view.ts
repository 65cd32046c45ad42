/**
 * The map's view: the places drawn at the frame's real pixel size (labels stay legible at 320 px),
 * each with its state at the map's date, a legend, the sources, and a table of places for screen
 * readers. One tab stop for the markers, arrow keys between them, Enter or Space to select.
 */
import { html, nothing } from 'lit';
import type { Story } from '../story/model.js';
import type { StoryState } from '../context/story-context.js';
import { parseStoryDate } from '../story/dates.js';
import type { WidgetView } from '../base/widget-view.js';
import { errorEvent } from '../base/events.js';
import { ResizeController, type Size } from '../controllers/resize.js';
import { intl } from '../i18n/intl.js';
import { layoutMap, type MapLayout, type PlaceLabel } from './layout.js';
import type { Basemap } from './geo.js';
import { mapMessages, type MapMessages } from './messages.js';
import english from './messages/en.js';
import { citedSources, placeRows, placeTexts, type CitedSource, type PlaceRow } from './places.js';
import { Memo } from './memo.js';
import { calloutKey, credit, legend } from './caption.js';
import { placesTable } from './places-table.js';
import { renderMapSvg } from './map-svg.js';
import { keyTarget } from './keys.js';
import type { Kind } from './symbols.js';
import { mapStyles } from './styles.js';
import { BasemapController } from './basemap-controller.js';
import type { BaseMap } from './base-map.js';

/** The place of an event's target (an element of the map's shadow root, or none). */
function idOf(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest('[data-id]')?.getAttribute('data-id') ?? undefined;
}

/** Everything the view draws, worked out in `willUpdate`. */
interface Shown {
  readonly messages: MapMessages;
  readonly lang: string;
  /** The date whose states are shown, written out in full. */
  readonly dateText: string;
  readonly rows: ReadonlyMap<string, PlaceRow>;
  /** The kinds of the places, for the legend. */
  readonly kinds: ReadonlySet<Kind>;
  /** The places selected, and those of the selected event. */
  readonly selected: ReadonlySet<string>;
  readonly sources: readonly CitedSource[];
  /** Whether to credit the bundled basemap (a basemap from a URL brings its own credit). */
  readonly bundledBasemap: boolean;
  /** Why the basemap at the `basemap` URL could not be drawn. */
  readonly basemapFailure: string | undefined;
  /**
   * The layout to draw, and the frame's size it was worked out for: none while the basemap is on
   * its way, nor before the frame is first measured.
   */
  readonly layout: MapLayout | undefined;
  readonly size: Size | undefined;
  /** The places with a number on the map, named in the key below it. */
  readonly callouts: readonly PlaceLabel[];
  /** The place holding the one tab stop. */
  readonly active: string | undefined;
  /** The place whose card shows: hovered, else focused. */
  readonly card: string | undefined;
}

export class MapView implements WidgetView {
  readonly styles = mapStyles;
  readonly #host: BaseMap;
  /**
   * The frame's size. The map is laid out only once it is known: the frame's CSS aspect-ratio
   * fixes its box from the first render, and the size is reported before the first paint, so the
   * map is drawn once, at its real size, and nothing moves.
   */
  readonly #frame: ResizeController;
  readonly #basemap: BasemapController;
  /** The place that holds the one tab stop, and the places hovered and focused. */
  #active?: string;
  #hovered?: string;
  #focused?: string;
  #shown?: Shown;
  // What the story, the date, the language and the frame's size give, kept for the updates that
  // change none of them (hover, focus).
  readonly #layout = new Memo((story: Story, basemap: Basemap, width: number, height: number, lang: string) => {
    const font = getComputedStyle(this.#host).fontFamily;
    return layoutMap(story, basemap, width, height, lang, font);
  });
  readonly #placeTexts = new Memo(placeTexts);
  readonly #rows = new Memo(placeRows);
  readonly #kinds = new Memo(
    (rows: ReadonlyMap<string, PlaceRow>) => new Set([...rows.values()].map((row) => row.kind)),
  );
  readonly #sources = new Memo(citedSources);
  /** The instant shown; read again when the story state (story, selection, clock) or the `date` changes. */
  readonly #instant = new Memo((state: StoryState, date: string | undefined) => this.#instantShown(state, date));

  constructor(host: BaseMap) {
    this.#host = host;
    this.#frame = new ResizeController(host, '.frame');
    this.#basemap = new BasemapController(host, (url, reason) =>
      host.dispatchEvent(errorEvent({ message: english.basemapFailed(url, reason), source: url })),
    );
  }

  prepare(lang: string): boolean {
    // Both are asked for at once, so the strings and the basemap are fetched side by side.
    const messagesHere = mapMessages.prepare(lang, this.#host);
    return this.#basemap.prepare() && messagesHere;
  }

  willUpdate(): void {
    const host = this.#host;
    const story = host.story!;
    const lang = host.locale;
    this.#basemap.use(host.basemap?.trim() ?? '');
    const basemap = this.#basemap.basemap;
    const size = this.#frame.size;
    const layout = basemap && size ? this.#layout.get(story, basemap, size.width, size.height, lang) : undefined;

    const instant = this.#instant.get(host.data, host.date);
    const longDate = intl(Intl.DateTimeFormat, lang, { dateStyle: 'long', timeZone: story.meta.timeZone });
    const rows = this.#rows.get(story, this.#placeTexts.get(story, lang), instant);
    const selection = host.data.selection;
    const event = selection.eventId ? story.eventById.get(selection.eventId) : undefined;
    const selected = new Set([...selection.locationIds, ...(event?.places ?? [])]);
    this.#shown = {
      messages: mapMessages.get(lang)!,
      lang,
      dateText: longDate.format(instant),
      rows,
      kinds: this.#kinds.get(rows),
      selected,
      sources: this.#sources.get(story, lang),
      bundledBasemap: !host.basemap,
      basemapFailure: this.#basemap.failure,
      layout,
      size,
      callouts: layout ? layout.labels.filter((label) => label.callout) : [],
      active: layout ? this.#activeMarker(layout, selected) : undefined,
      card: this.#hovered ?? this.#focused,
    };
  }

  /** The date shown: the `date` attribute, else the selected event's date, else now. */
  #instantShown(state: StoryState, date: string | undefined): number {
    const story = state.story!;
    const own = date ? parseStoryDate(date.trim(), story.meta.timeZone) : null;
    if (own) return own.start;
    const eventId = state.selection.eventId;
    const event = eventId ? story.eventById.get(eventId) : undefined;
    if (event) return event.date.start;
    return this.#host.now();
  }

  /** The marker with the tab stop: the last one focused, else the first selected, else the first. */
  #activeMarker(layout: MapLayout, selected: ReadonlySet<string>): string | undefined {
    const markers = layout.markers;
    const lastFocused = markers.find((marker) => marker.id === this.#active);
    const firstSelected = markers.find((marker) => selected.has(marker.id));
    return (lastFocused ?? firstSelected ?? markers[0])?.id;
  }

  render() {
    const shown = this.#shown!;
    const { messages } = shown;
    const stateOn = messages.stateOn(shown.dateText);
    return html`<figure>
        ${this.#renderFrame(shown)}
        <figcaption>
          <p class="date">${stateOn}</p>
          ${calloutKey(shown.callouts, shown.rows)} ${legend(shown.kinds, messages)}
          ${credit(shown.bundledBasemap, shown.sources, messages)}
        </figcaption>
      </figure>
      ${placesTable([...shown.rows.values()], stateOn, messages)}`;
  }

  #renderFrame(shown: Shown) {
    const { messages } = shown;
    if (shown.basemapFailure) {
      const message = messages.basemapFailed(this.#basemap.url, shown.basemapFailure);
      return html`<div part="error" role="alert">${message}</div>`;
    }
    // One template with or without the drawing: the frame stays the same element (the one measured).
    return html`<div class="frame">${this.#renderDrawing(shown)}</div>`;
  }

  #renderDrawing(shown: Shown) {
    const { layout, size } = shown;
    if (!layout || !size) return nothing;
    return renderMapSvg({
      layout,
      rows: shown.rows,
      selected: shown.selected,
      dateText: shown.dateText,
      messages: shown.messages,
      lang: shown.lang,
      width: size.width,
      height: size.height,
      active: shown.active,
      card: shown.card,
      handlers: { keydown: this.#onKey, click: this.#onClick, pointer: this.#onPointer, focus: this.#onFocus },
    });
  }

  #toggle(id: string): void {
    this.#active = id;
    // The selection changes either way, and that draws the map again.
    const { locationIds } = this.#host.data.selection;
    const already = locationIds.length === 1 && locationIds[0] === id;
    this.#host.select({ locationIds: already ? [] : [id] });
  }

  #onClick = (e: Event): void => {
    const id = idOf(e.target);
    if (id) this.#toggle(id);
  };

  #onPointer = (e: PointerEvent): void => {
    this.#hovered = idOf(e.type === 'pointerover' ? e.target : e.relatedTarget);
    this.#host.requestUpdate();
  };

  #onFocus = (e: FocusEvent): void => {
    const id = e.type === 'focusin' ? idOf(e.target) : undefined;
    this.#focused = id;
    if (id) this.#active = id;
    this.#host.requestUpdate();
  };

  #onKey = (e: KeyboardEvent): void => {
    const id = idOf(e.target);
    const layout = this.#shown?.layout;
    if (!id || !layout) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#toggle(id);
      return;
    }
    const markers = layout.markers;
    const next = keyTarget(
      markers.findIndex((marker) => marker.id === id),
      markers.length,
      e.key,
      this.#host.direction,
    );
    if (next === undefined) return;
    e.preventDefault();
    // Markers are drawn in that order, each focusable (tabindex -1); the focus handler then moves the tab stop.
    this.#host.renderRoot.querySelectorAll<SVGGElement>('[data-id]')[next]!.focus();
  };
}
