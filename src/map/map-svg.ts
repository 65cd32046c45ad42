/**
 * The map's drawing: countries and their names, leader lines, the markers (one tab stop among
 * them), place labels, the scale bar, the locator inset, the north arrow and the hover/focus card.
 * A pure template: the view passes in the layout, the rows and the handlers.
 */
import { nothing, svg } from 'lit';
import { intl } from '../i18n/intl.js';
import { LINE, LOCATOR_SIZE, type MapLayout, type MarkerSpot, type PlaceLabel } from './layout.js';
import { pt } from './geo.js';
import type { MapMessages } from './messages.js';
import type { PlaceRow } from './places.js';
import { card } from './card.js';
import { MARKER_R, symbol } from './symbols.js';

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
  readonly messages: MapMessages;
  readonly lang: string;
  /** The size the layout was worked out for, in CSS pixels. */
  readonly width: number;
  readonly height: number;
  /** The place holding the one tab stop. */
  readonly active: string | undefined;
  /** The place whose card shows. */
  readonly card: string | undefined;
  readonly handlers: MarkerHandlers;
}

export function renderMapSvg(input: MapSvgInput) {
  const { layout, messages, width, height } = input;
  return svg`<svg viewBox="0 0 ${width} ${height}" role="group" aria-label=${messages.mapLabel(input.dateText)}>
    <g aria-hidden="true">
      ${layout.countries.map((country) => svg`<path class="country ${country.code.toLowerCase()}" d=${country.d}></path>`)}
      ${layout.countryLabels.map((label) => svg`<text class="country-label" x=${label.x} y=${label.y}>${label.text}</text>`)}
      <path class="leader" d=${layout.leaders}></path>
      <path class="true-spot" d=${layout.spots}></path>
    </g>
    ${renderMarkers(input)}
    <g aria-hidden="true">
      ${layout.labels.map((label) => renderLabel(label, input.selected))}
      ${renderScale(input)}
      <svg class="locator" x=${width - LOCATOR_SIZE - 4} y="4" width=${LOCATOR_SIZE} height=${LOCATOR_SIZE}>
        <rect class="sea" width="100%" height="100%"></rect>
        <path class="land" d=${layout.locator.land}></path>
        <path class="frame-mark" d=${layout.locator.frame}></path>
        <rect class="edge" width="100%" height="100%"></rect>
      </svg>
      <g class="north" transform="translate(${width - LOCATOR_SIZE / 2 - 4} ${LOCATOR_SIZE + 14})">
        <path d="M0-7L4 4 0 2-4 4Z"></path>
        <text y="14">${messages.northLetter}</text>
      </g>
      ${renderCard(input)}
    </g>
  </svg>`;
}

// One listener per kind on the markers' group, not five per marker: 1,000 places stay cheap to draw.
function renderMarkers(input: MapSvgInput) {
  const { handlers } = input;
  return svg`<g
    @keydown=${handlers.keydown}
    @click=${handlers.click}
    @pointerover=${handlers.pointer}
    @pointerout=${handlers.pointer}
    @focusin=${handlers.focus}
    @focusout=${handlers.focus}
  >
    ${input.layout.markers.map((spot) => renderMarker(spot, input))}
  </g>`;
}

function renderMarker(spot: MarkerSpot, { rows, selected, messages, active }: MapSvgInput) {
  const row = rows.get(spot.id)!;
  const isSelected = selected.has(spot.id);
  const name = `${row.name}, ${messages.kinds[row.kind]}: ${messages.states[row.state]}`;
  return svg`<g
    part=${isSelected ? 'location selected' : 'location'}
    class=${row.state}
    data-id=${spot.id}
    transform="translate(${pt(spot.x, spot.y)})"
    role="button"
    tabindex=${spot.id === active ? 0 : -1}
    aria-pressed=${isSelected}
    aria-label=${name}
  >
    ${isSelected ? svg`<circle class="selection-ring" r=${MARKER_R + 4}></circle>` : nothing}
    ${symbol(row.kind, row.state)}
    <circle class="ring" r=${MARKER_R + 7}></circle>
  </g>`;
}

function renderLabel(label: PlaceLabel, selected: ReadonlySet<string>) {
  const classes = ['label'];
  if (label.callout) classes.push('callout');
  if (selected.has(label.id)) classes.push('selected');
  // No white space between the lines: in SVG text it would be drawn.
  const lines = label.lines.map((line, i) => svg`<tspan x=${label.x} y=${label.y + i * LINE}>${line}</tspan>`);
  return svg`<text class=${classes.join(' ')} lang=${label.lang ?? nothing}>${lines}</text>`;
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

function renderCard({ layout, rows, dateText, messages, width, height, card: id }: MapSvgInput) {
  const spot = id ? layout.markers.find((marker) => marker.id === id) : undefined;
  const row = id ? rows.get(id) : undefined;
  if (!spot || !row) return nothing;
  return card(row, { x: spot.x, y: spot.y, width, height }, dateText, messages);
}
