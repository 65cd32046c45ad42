/**
 * The map's drawing: countries and their names, leader lines, the markers (one tab stop among
 * them), place labels, the scale bar, the locator inset, the north arrow and the hover/focus card.
 * A pure template: the view passes in the layout, the rows and the handlers.
 */
import { nothing, svg } from 'lit';
import { intl } from '../i18n/intl.js';
import { LINE, LOCATOR_SIZE, type MapLayout } from './layout.js';
import { pt } from './geo.js';
import type { MapMessages } from './messages.js';
import { card, symbol, type PlaceRow } from './parts.js';
import { MARKER_R } from './symbols.js';

export interface MarkerHandlers {
  readonly keydown: (e: KeyboardEvent) => void;
  readonly click: (e: Event) => void;
  /** pointerover and pointerout */
  readonly pointer: (e: PointerEvent) => void;
  /** focusin and focusout */
  readonly focus: (e: FocusEvent) => void;
}

export interface MapSvgInput {
  readonly layout: MapLayout;
  readonly rows: ReadonlyMap<string, PlaceRow>;
  readonly selected: ReadonlySet<string>;
  readonly dateText: string;
  readonly m: MapMessages;
  readonly lang: string;
  readonly width: number;
  readonly height: number;
  /** The place holding the one tab stop. */
  readonly active: string | undefined;
  /** The place whose card shows. */
  readonly card: string | undefined;
  readonly handlers: MarkerHandlers;
}

export function renderMapSvg(input: MapSvgInput) {
  const { layout, m, width, height } = input;
  return svg`<svg viewBox="0 0 ${width} ${height}" role="group" aria-label=${m.mapLabel(input.dateText)}>
    <g aria-hidden="true">
      ${layout.countries.map((c) => svg`<path class="country ${c.code.toLowerCase()}" d=${c.d}></path>`)}
      ${layout.countryLabels.map((t) => svg`<text class="country-label" x=${t.x} y=${t.y}>${t.text}</text>`)}
      <path class="leader" d=${layout.leaders}></path>
      <path class="true-spot" d=${layout.spots}></path>
    </g>
    ${renderMarkers(input)}
    <g aria-hidden="true">
      ${renderLabels(input)}
      ${renderScale(input)}
      <svg class="locator" x=${width - LOCATOR_SIZE - 4} y="4" width=${LOCATOR_SIZE} height=${LOCATOR_SIZE}>
        <rect class="sea" width="100%" height="100%"></rect>
        <path class="land" d=${layout.locator.land}></path>
        <path class="frame-mark" d=${layout.locator.frame}></path>
        <rect class="edge" width="100%" height="100%"></rect>
      </svg>
      <g class="north" transform="translate(${width - LOCATOR_SIZE / 2 - 4} ${LOCATOR_SIZE + 14})">
        <path d="M0-7L4 4 0 2-4 4Z"></path>
        <text y="14">${m.northLetter}</text>
      </g>
      ${renderCard(input)}
    </g>
  </svg>`;
}

function renderMarkers({ layout, rows, selected, m, active, handlers }: MapSvgInput) {
  return svg`<g
    @keydown=${handlers.keydown}
    @click=${handlers.click}
    @pointerover=${handlers.pointer}
    @pointerout=${handlers.pointer}
    @focusin=${handlers.focus}
    @focusout=${handlers.focus}
  >
    ${layout.markers.map((p) => {
      const row = rows.get(p.id)!;
      const on = selected.has(p.id);
      return svg`<g
        part=${on ? 'location selected' : 'location'}
        class=${row.state}
        data-id=${p.id}
        transform="translate(${pt(p.x, p.y)})"
        role="button"
        tabindex=${p.id === active ? 0 : -1}
        aria-pressed=${on}
        aria-label="${row.name}, ${m.kinds[row.kind]}: ${m.states[row.state]}"
      >
        ${on ? svg`<circle class="selection-ring" r=${MARKER_R + 4}></circle>` : nothing}
        ${symbol(row.kind, row.state)}
        <circle class="ring" r=${MARKER_R + 7}></circle>
      </g>`;
    })}
  </g>`;
}

function renderLabels({ layout, selected }: MapSvgInput) {
  return layout.labels.map((t) => {
    const classes = ['label', t.callout ? 'callout' : '', selected.has(t.id) ? 'selected' : ''].filter(Boolean);
    // No white space between the lines: in SVG text it would be drawn.
    const lines = t.lines.map((line, i) => svg`<tspan x=${t.x} y=${t.y + i * LINE}>${line}</tspan>`);
    return svg`<text class=${classes.join(' ')} lang=${t.lang ?? nothing}>${lines}</text>`;
  });
}

function renderScale({ layout, lang, height }: MapSvgInput) {
  const scale = layout.scale;
  if (!scale) return nothing;
  const km = intl(Intl.NumberFormat, lang, { style: 'unit', unit: 'kilometer' }).format(scale.km);
  return svg`<g class="scale">
    <path d="M10 ${height - 15}v10m0-5h${scale.px}m0-5v10"></path>
    <text x=${10 + scale.px / 2} y=${height - 21}>${km}</text>
  </g>`;
}

function renderCard({ layout, rows, dateText, m, width, height, card: id }: MapSvgInput) {
  const spot = layout.markers.find((x) => x.id === id);
  const row = id ? rows.get(id) : undefined;
  return row && spot ? card(row, spot.x, spot.y, width, height, dateText, m) : nothing;
}
