/**
 * <base-map>: The story's places on a map of the region, with their state at a date.
 */
import { html, nothing, svg, type PropertyValues } from 'lit';
import type { Story } from '../story/model.js';
import { parseStoryDate } from '../story/dates.js';
import { eventsAtPlace, presenceAt } from '../story/queries.js';
import { pickText, textIn } from '../story/text.js';
import { WithdrawalElement } from '../base/withdrawal-element.js';
import { errorEvent } from '../base/events.js';
import { messagesFor } from '../i18n/locale.js';
import { intl } from '../i18n/intl.js';
import { layoutMap, LINE, LOCATOR_SIZE, type MapLayout } from './layout.js';
import { DEFAULT_BASEMAP, pt, toBasemap, type Basemap } from './geo.js';
import { mapMessages, type MapMessages } from './messages.js';
import { card, legend, placesTable, symbol, type PlaceRow } from './parts.js';
import { keyTarget } from './keys.js';
import { MARKER_R, kindOf, type Kind } from './symbols.js';
import { mapStyles } from './styles.js';

/**
 * @tag base-map
 * @summary The story's places on a map of the region, with their state at a date.
 * @fires withdrawal-select - When a person selects a place; detail `{ locationIds: [id] }`.
 * @fires withdrawal-error - When the story cannot be loaded or parts of it were left out, or the `basemap` URL fails.
 * @csspart base - The wrapper that carries the language and direction.
 * @csspart error - The `role="alert"` message shown when the story or the basemap fails.
 * @csspart location - A place's marker; the selected ones also have `selected`.
 * @csspart selected - Added to the markers of the selected place or event.
 * @csspart legend - The key of symbols.
 * @cssprop --withdrawal-map-aspect-ratio - Width / height of the map (default 4 / 3).
 * @cssprop --withdrawal-map-land - Fill of the countries.
 * @cssprop --withdrawal-map-land-focus - Fill of Iraq on the bundled map.
 * @cssprop --withdrawal-map-sea - Background of the map.
 * @cssprop --withdrawal-map-border - Country borders.
 * @cssprop --withdrawal-map-halo - Halo around labels and inside hollow markers.
 * @cssprop --withdrawal-map-present - Colour of "present" (also reduced, withdrawn, handed-over, planned, unknown, selected: `--withdrawal-map-<state>`).
 */
export class BaseMap extends WithdrawalElement {
  static override styles = [...WithdrawalElement.styles, ...mapStyles];

  static override properties = {
    date: { reflect: true },
    basemap: { reflect: true },
  };

  /** Show each place's state as of this ISO date; default: the selected event's date, else now. */
  declare date?: string;

  /** URL of a TopoJSON to draw instead of the bundled map of Iraq and its neighbours. */
  declare basemap?: string;

  /**
   * The place that holds the one tab stop, and the place whose card shows (hovered, else
   * focused). Plain fields: the handlers that set them ask for the update.
   */
  #active?: string | undefined;
  #hovered?: string | undefined;
  #focused?: string | undefined;

  /**
   * The frame's size, measured with a ResizeObserver so the map is drawn at its real pixel size
   * (labels stay legible at 320 px instead of shrinking with a scaled viewBox). The frame's CSS
   * aspect-ratio fixes its height before anything is measured, so nothing shifts when it appears.
   */
  #width = 640;
  #height = 480;
  #frame?: Element | undefined;
  readonly #resize = new ResizeObserver(([entry]) => {
    const box = entry!.contentRect;
    const w = Math.round(box.width);
    const h = Math.round(box.height);
    if (w < 1 || h < 1 || (w === this.#width && h === this.#height)) return;
    this.#width = w;
    this.#height = h;
    this.requestUpdate();
  });
  /**
   * The basemap: the bundled one at once (no request), or the TopoJSON at the `basemap` URL. A
   * request in flight is aborted when the URL changes or the map leaves the page.
   */
  #map?: Basemap | undefined = DEFAULT_BASEMAP;
  /** Why the map at #url could not be used, in plain words. */
  #failure?: string | undefined;
  /** The URL asked for; empty for the bundled map. */
  #url = '';
  #abort?: AbortController;
  #layout?: MapLayout;
  #layoutKey: unknown[] = [];

  /** Ask for the map at the `basemap` URL (none: the bundled map), unless it is already the one. */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const url = this.basemap?.trim() ?? '';
    if (url === this.#url) return;
    this.#url = url;
    this.#abort?.abort();
    this.#failure = undefined;
    this.#map = url ? undefined : DEFAULT_BASEMAP;
    if (url) void this.#load(url);
  }

  async #load(url: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    let map: Basemap | undefined;
    let failure: string | undefined;
    try {
      const res = await fetch(url, { signal: abort.signal });
      if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
      map = toBasemap(
        await res.json().catch(() => {
          throw new Error('it is not JSON');
        }),
      );
    } catch (e) {
      failure =
        e instanceof TypeError ? 'the request failed (network or CORS)' : e instanceof Error ? e.message : String(e);
    }
    if (abort.signal.aborted) return;
    this.#map = map;
    this.#failure = failure;
    if (failure) this.dispatchEvent(errorEvent({ message: mapMessages.en.failed(url, failure), source: url }));
    this.requestUpdate();
  }

  /** Observe the frame once it exists (or was replaced); not when the map left the page first. */
  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const frame = (this.isConnected && this.renderRoot.querySelector('.frame')) || undefined;
    if (frame === this.#frame) return;
    this.#resize.disconnect();
    this.#frame = frame;
    if (frame) this.#resize.observe(frame);
  }

  /** Back on the page while its map was still loading: ask for it again. */
  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#map && !this.#url) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
    this.#frame = undefined;
    // Abort, and forget the URL of a map still loading so a reconnected map asks again.
    this.#abort?.abort();
    if (!this.#map && !this.#failure) this.#url = '';
  }

  #getLayout(story: Story, basemap: Basemap): MapLayout {
    const key = [story, basemap, this.#width, this.#height, this.locale];
    if (!this.#layout || key.some((k, i) => k !== this.#layoutKey[i])) {
      this.#layout = layoutMap(
        story,
        basemap,
        this.#width,
        this.#height,
        this.locale,
        getComputedStyle(this).fontFamily,
      );
      this.#layoutKey = key;
    }
    return this.#layout;
  }

  protected override renderStory(story: Story) {
    const m = messagesFor(mapMessages, this.locale);
    const sel = this.data.selection;
    const event = sel.eventId ? story.eventById.get(sel.eventId) : undefined;
    // The date shown: the `date` attribute, else the selected event's date, else now.
    const own = this.date ? parseStoryDate(this.date.trim(), story.meta.timeZone) : null;
    const instant = own ? own.start : event ? event.date.start : this.now();
    const dates = (dateStyle: 'long' | 'medium') =>
      intl(Intl.DateTimeFormat, this.locale, { dateStyle, timeZone: story.meta.timeZone });
    const dateText = dates('long').format(instant);
    const shortDate = dates('medium');
    const rows = new Map<string, PlaceRow>();
    const kinds = new Set<Kind>();
    for (const p of story.places) {
      const kind = kindOf(p.kind);
      kinds.add(kind);
      const picked = pickText(p.name, this.locale, story.meta.languages);
      rows.set(p.id, {
        name: picked.text,
        lang: picked.lang,
        kind,
        state: presenceAt(p, instant)?.level ?? 'unknown',
        approximate: p.approximate,
        events: eventsAtPlace(story, p.id).map(
          (e) => `${shortDate.format(e.date.start)}: ${textIn(e.title, this.locale, story.meta.languages)}`,
        ),
      });
    }
    const selected = new Set<string>([...sel.locationIds, ...(event?.places ?? [])]);

    const url = this.#url;
    const failure = this.#failure;
    const layout = this.#map && this.#getLayout(story, this.#map);
    const callouts = layout ? layout.labels.filter((t) => t.callout) : [];
    return html`<figure>
        ${
          failure
            ? html`<div part="error" role="alert">${m.failed(url, failure)}</div>`
            : html`<div class="frame">${layout ? this.#renderMap(layout, rows, selected, dateText, m) : nothing}</div>`
        }
        <figcaption>
          <p class="date">${m.on(dateText)}</p>
          ${
            callouts.length
              ? html`<ol class="callouts" aria-hidden="true">
                  ${callouts.map((t) => {
                    const row = rows.get(t.id)!;
                    return html`<li><b>${t.lines[0]}</b> <span lang=${row.lang ?? nothing}>${row.name}</span></li>`;
                  })}
                </ol>`
              : nothing
          }
          ${legend(kinds, m)}
          <p class="credit">${this.basemap ? nothing : `${m.attribution} · `}${this.#renderSources(story, m)}</p>
        </figcaption>
      </figure>
      ${placesTable([...rows.values()], m.on(dateText), m)}`;
  }

  #renderSources(story: Story, m: MapMessages) {
    const ids = new Set(story.places.flatMap((p) => [...p.sources, ...p.presence.flatMap((x) => x.sources)]));
    const sources = story.sources.filter((s) => ids.has(s.id));
    if (sources.length === 0) return nothing;
    return html`<details>
      <summary>${m.sources}</summary>
      <ul>
        ${sources.map((s) => html`<li><a href=${s.url} rel="noopener noreferrer" target="_blank">${s.publisher}: ${textIn(s.title, this.locale, story.meta.languages)}</a></li>`)}
      </ul>
    </details>`;
  }

  #renderMap(
    layout: MapLayout,
    rows: ReadonlyMap<string, PlaceRow>,
    selected: ReadonlySet<string>,
    dateText: string,
    m: MapMessages,
  ) {
    const { markers, scale } = layout;
    const [w, h] = [this.#width, this.#height];
    const active = markers.find((x) => x.id === this.#active) ?? markers.find((x) => selected.has(x.id)) ?? markers[0];
    const cardId = this.#hovered ?? this.#focused;
    const cardSpot = markers.find((x) => x.id === cardId);
    const cardRow = cardId ? rows.get(cardId) : undefined;
    return html`<svg viewBox="0 0 ${w} ${h}" role="group" aria-label=${m.label(dateText)}>
      <g aria-hidden="true">
        ${layout.countries.map((c) => svg`<path class="country ${c.code.toLowerCase()}" d=${c.d}></path>`)}
        ${layout.countryLabels.map((t) => svg`<text class="country-label" x=${t.x} y=${t.y}>${t.text}</text>`)}
        <path class="leader" d=${layout.leaders}></path>
        <path class="true-spot" d=${layout.spots}></path>
      </g>
      <g
        @keydown=${this.#onKey}
        @click=${this.#onClick}
        @pointerover=${this.#onPointer}
        @pointerout=${this.#onPointer}
        @focusin=${this.#onFocus}
        @focusout=${this.#onFocus}
      >
        ${markers.map((p) => {
          const row = rows.get(p.id)!;
          const on = selected.has(p.id);
          return svg`<g part=${on ? 'location selected' : 'location'} class=${row.state} data-id=${p.id}
              transform="translate(${pt(p.x, p.y)})" role="button" tabindex=${p === active ? 0 : -1}
              aria-pressed=${on} aria-label="${row.name}, ${m.kinds[row.kind]}: ${m.states[row.state]}">
            ${on ? svg`<circle class="sel" r=${MARKER_R + 4}></circle>` : nothing}
            ${symbol(row.kind, row.state)}
            <circle class="ring" r=${MARKER_R + 7}></circle>
          </g>`;
        })}
      </g>
      <g aria-hidden="true">
        ${layout.labels.map(
          (t) =>
            svg`<text class="label${t.callout ? ' callout' : ''}${selected.has(t.id) ? ' selected' : ''}" lang=${t.lang ?? nothing}>${t.lines.map(
              (line, i) => svg`<tspan x=${t.x} y=${t.y + i * LINE}>${line}</tspan>`,
            )}</text>`,
        )}
        ${
          scale
            ? svg`<g class="scale"><path d="M10 ${h - 15}v10m0-5h${scale.px}m0-5v10"></path>
              <text x=${10 + scale.px / 2} y=${h - 21}>${intl(Intl.NumberFormat, this.locale, { style: 'unit', unit: 'kilometer' }).format(scale.km)}</text></g>`
            : nothing
        }
        <svg class="locator" x=${w - LOCATOR_SIZE - 4} y="4" width=${LOCATOR_SIZE} height=${LOCATOR_SIZE}>
          <rect class="sea" width="100%" height="100%"></rect>
          <path class="land" d=${layout.locator.land}></path>
          <path class="frame-mark" d=${layout.locator.frame}></path>
          <rect class="edge" width="100%" height="100%"></rect>
        </svg>
        <g class="north" transform="translate(${w - LOCATOR_SIZE / 2 - 4} ${LOCATOR_SIZE + 14})">
          <path d="M0-7L4 4 0 2-4 4Z"></path>
          <text y="14">${m.north}</text>
        </g>
        ${cardRow && cardSpot ? card(cardRow, cardSpot.x, cardSpot.y, w, h, dateText, m) : nothing}
      </g>
    </svg>`;
  }

  #toggle(id: string): void {
    this.#active = id;
    // The selection changes either way, and that draws the map again.
    const already = this.data.selection.locationIds.length === 1 && this.data.selection.locationIds[0] === id;
    this.select({ locationIds: already ? [] : [id] });
  }

  // One listener per kind on the group, not five per marker: 1,000 places stay cheap to draw.
  // (Lit calls them with the element as `this`.)
  #onClick(e: Event): void {
    const id = idOf(e.target);
    if (id) this.#toggle(id);
  }

  #onPointer(e: PointerEvent): void {
    this.#hovered = idOf(e.type === 'pointerover' ? e.target : e.relatedTarget);
    this.requestUpdate();
  }

  #onFocus(e: FocusEvent): void {
    const id = e.type === 'focusin' ? idOf(e.target) : undefined;
    this.#focused = id;
    if (id) this.#active = id;
    this.requestUpdate();
  }

  #onKey(e: KeyboardEvent): void {
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
      this.direction,
    );
    if (next === undefined) return;
    e.preventDefault();
    // Markers are drawn in that order, each focusable (tabindex -1); the focus handler then moves the tab stop.
    this.renderRoot.querySelectorAll<SVGGElement>('[data-id]')[next]!.focus();
  }
}

/** The place of an event's target (an element of the map's shadow root, or none). */
function idOf(target: EventTarget | null): string | undefined {
  return (target as Element | null)?.closest('[data-id]')?.getAttribute('data-id') ?? undefined;
}
