/**
 * The map's view: the places drawn at the frame's real pixel size (labels stay legible at 320 px),
 * each with its state at the map's date, a legend, the sources, and a table of places for screen
 * readers. One tab stop for the markers, arrow keys between them, Enter or Space to select.
 */
import { html, nothing } from 'lit';
import type { Story } from '../story/model.js';
import { parseStoryDate } from '../story/dates.js';
import { eventsAtPlace, presenceAt } from '../story/queries.js';
import { pickText, textIn } from '../story/text.js';
import type { WidgetView } from '../base/widget-view.js';
import { errorEvent } from '../base/events.js';
import { ResizeController } from '../controllers/resize.js';
import { intl } from '../i18n/intl.js';
import { layoutMap, type MapLayout } from './layout.js';
import type { Basemap } from './geo.js';
import { mapMessages, type MapMessages } from './messages.js';
import english from './messages/en.js';
import { legend, placesTable, type PlaceRow } from './parts.js';
import { renderMapSvg } from './map-svg.js';
import { keyTarget } from './keys.js';
import { kindOf, type Kind } from './symbols.js';
import { mapStyles } from './styles.js';
import { BasemapController } from './basemap-controller.js';
import type { BaseMap } from './base-map.js';

/** The place of an event's target (an element of the map's shadow root, or none). */
function idOf(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest('[data-id]')?.getAttribute('data-id') ?? undefined;
}

export class MapView implements WidgetView {
  readonly styles = mapStyles;
  readonly #host: BaseMap;
  /** The frame's size; its CSS aspect-ratio fixes its height before anything is measured. */
  readonly #frame: ResizeController;
  readonly #basemap: BasemapController;
  /** The place that holds the one tab stop, and the place whose card shows (hovered, else focused). */
  #active?: string;
  #hovered?: string;
  #focused?: string;
  #layout?: MapLayout;
  #layoutKey: unknown[] = [];

  constructor(host: BaseMap) {
    this.#host = host;
    this.#frame = new ResizeController(host, '.frame', { width: 640, height: 480 });
    this.#basemap = new BasemapController(host, (url, reason) =>
      host.dispatchEvent(errorEvent({ message: english.basemapFailed(url, reason), source: url })),
    );
  }

  prepare(lang: string): boolean {
    const messagesHere = !!mapMessages.get(lang);
    if (!messagesHere) void mapMessages.load(lang).then(() => this.#host.requestUpdate());
    return this.#basemap.prepare() && messagesHere;
  }

  willUpdate(): void {
    this.#basemap.use(this.#host.basemap?.trim() ?? '');
    const story = this.#host.story;
    const basemap = this.#basemap.basemap;
    if (story && basemap) this.#layout = this.#layoutFor(story, basemap);
  }

  /** The layout (projection, labels, inset), computed again only when its inputs change. */
  #layoutFor(story: Story, basemap: Basemap): MapLayout {
    const { width, height } = this.#frame;
    const key = [story, basemap, width, height, this.#host.locale];
    if (!this.#layout || key.some((k, i) => k !== this.#layoutKey[i])) {
      const font = getComputedStyle(this.#host).fontFamily;
      this.#layout = layoutMap(story, basemap, width, height, this.#host.locale, font);
      this.#layoutKey = key;
    }
    return this.#layout;
  }

  render(story: Story) {
    const host = this.#host;
    const lang = host.locale;
    const m = mapMessages.get(lang)!;
    const selection = host.data.selection;
    const event = selection.eventId ? story.eventById.get(selection.eventId) : undefined;
    // The date shown: the `date` attribute, else the selected event's date, else now.
    const own = host.date ? parseStoryDate(host.date.trim(), story.meta.timeZone) : null;
    const instant = own ? own.start : event ? event.date.start : host.now();
    const dates = (dateStyle: 'long' | 'medium') =>
      intl(Intl.DateTimeFormat, lang, { dateStyle, timeZone: story.meta.timeZone });
    const dateText = dates('long').format(instant);
    const rows = this.#rows(story, instant, dates('medium'));
    const kinds = new Set<Kind>([...rows.values()].map((row) => row.kind));
    const selected = new Set<string>([...selection.locationIds, ...(event?.places ?? [])]);
    const failure = this.#basemap.failure;
    const layout = this.#basemap.basemap && this.#layout;
    const callouts = layout ? layout.labels.filter((t) => t.callout) : [];
    return html`<figure>
        ${
          failure
            ? html`<div part="error" role="alert">${m.basemapFailed(this.#basemap.url, failure)}</div>`
            : html`<div class="frame">${layout ? this.#renderSvg(layout, rows, selected, dateText, m) : nothing}</div>`
        }
        <figcaption>
          <p class="date">${m.stateOn(dateText)}</p>
          ${
            callouts.length
              ? html`<ol class="callouts" aria-hidden="true">
                  ${callouts.map((t) => {
                    const row = rows.get(t.id)!;
                    return html`<li>
                      <b>${t.lines[0]}</b>
                      <span lang=${row.lang ?? nothing}>${row.name}</span>
                    </li>`;
                  })}
                </ol>`
              : nothing
          }
          ${legend(kinds, m)}
          <p class="credit">${host.basemap ? nothing : `${m.basemapCredit} · `}${this.#renderSources(story, m)}</p>
        </figcaption>
      </figure>
      ${placesTable([...rows.values()], m.stateOn(dateText), m)}`;
  }

  /** Each place's row: name, kind, state at the instant, and its events. */
  #rows(story: Story, instant: number, shortDate: Intl.DateTimeFormat): Map<string, PlaceRow> {
    const lang = this.#host.locale;
    const rows = new Map<string, PlaceRow>();
    for (const place of story.places) {
      const name = pickText(place.name, lang, story.meta.languages);
      rows.set(place.id, {
        name: name.text,
        lang: name.lang,
        kind: kindOf(place.kind),
        state: presenceAt(place, instant)?.level ?? 'unknown',
        approximate: place.approximate,
        events: eventsAtPlace(story, place.id).map(
          (e) => `${shortDate.format(e.date.start)}: ${textIn(e.title, lang, story.meta.languages)}`,
        ),
      });
    }
    return rows;
  }

  #renderSources(story: Story, m: MapMessages) {
    const ids = new Set(story.places.flatMap((p) => [...p.sources, ...p.presence.flatMap((x) => x.sources)]));
    const sources = story.sources.filter((s) => ids.has(s.id));
    if (sources.length === 0) return nothing;
    return html`<details>
      <summary>${m.sourcesHeading}</summary>
      <ul>
        ${sources.map(
          (s) =>
            html`<li>
              <a href=${s.url} rel="noopener noreferrer" target="_blank"
                >${s.publisher}: ${textIn(s.title, this.#host.locale, story.meta.languages)}</a
              >
            </li>`,
        )}
      </ul>
    </details>`;
  }

  #renderSvg(
    layout: MapLayout,
    rows: ReadonlyMap<string, PlaceRow>,
    selected: ReadonlySet<string>,
    dateText: string,
    m: MapMessages,
  ) {
    const markers = layout.markers;
    const active = markers.find((x) => x.id === this.#active) ?? markers.find((x) => selected.has(x.id)) ?? markers[0];
    const cardId = this.#hovered ?? this.#focused;
    return renderMapSvg({
      layout,
      rows,
      selected,
      dateText,
      m,
      lang: this.#host.locale,
      width: this.#frame.width,
      height: this.#frame.height,
      active: active?.id,
      card: cardId,
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

  // One listener per kind on the markers' group, not five per marker: 1,000 places stay cheap to draw.
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
    if (!id || !this.#layout) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#toggle(id);
      return;
    }
    const markers = this.#layout.markers;
    const next = keyTarget(
      markers.findIndex((p) => p.id === id),
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
