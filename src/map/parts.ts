/**
 * Templates for the pieces of the map that do not hold state: a marker's symbol, the legend, the
 * screen-reader table of places and the hover/focus card.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MapMessages } from './messages.js';
import { KINDS, MARKER_R, STATES, shapeOf, type Kind, type MarkerState } from './symbols.js';

/** The drawing of one marker at (0, 0): shape by kind, fill by state. */
export function symbol(kind: string, state: MarkerState): TemplateResult {
  const d = shapeOf(kind);
  return svg`<path class="sym" d=${d}></path>
    ${state === 'reduced' ? svg`<path class="half" d=${d} clip-path="url(#half)"></path>` : nothing}
    ${state === 'withdrawn' ? svg`<path class="slash" d="M-6 6L6-6"></path>` : nothing}
    ${state === 'handed-over' ? svg`<circle class="dot" r="2.6"></circle>` : nothing}`;
}

/** Shared definitions: the lower-half clip that draws "reduced". */
export const defs = svg`<defs><clipPath id="half" clipPathUnits="objectBoundingBox"><rect y="0.5" width="1" height="0.5"></rect></clipPath></defs>`;

function swatch(kind: string, state: MarkerState): TemplateResult {
  return html`<svg viewBox="-10 -10 20 20" aria-hidden="true" focusable="false">
    ${defs}<g class=${state}>${symbol(kind, state)}</g>
  </svg>`;
}

/** The key: every kind on the map (drawn as present) and every state (drawn as a city's circle). */
export function legend(kinds: ReadonlySet<Kind>, m: MapMessages): TemplateResult {
  return html`<ul part="legend" aria-label=${m.legend}>
    ${KINDS.filter((k) => kinds.has(k)).map((k) => html`<li>${swatch(k, 'present')}${m.kinds[k]}</li>`)}
    ${STATES.map((s) => html`<li>${swatch('city', s)}${m.states[s]}</li>`)}
  </ul>`;
}

export interface PlaceRow {
  readonly id: string;
  readonly name: string;
  readonly nameLang: string | undefined;
  readonly kind: Kind;
  readonly state: MarkerState;
  readonly approximate: boolean;
  readonly events: readonly { readonly title: string; readonly date: string }[];
}

/** The map as a table, for screen readers: every place, its kind, its state at the date, its events. */
export function placesTable(rows: readonly PlaceRow[], caption: string, m: MapMessages): TemplateResult {
  return html`<table class="visually-hidden">
    <caption>${caption}</caption>
    <thead><tr><th scope="col">${m.place}</th><th scope="col">${m.kind}</th><th scope="col">${m.state}</th><th scope="col">${m.events}</th></tr></thead>
    <tbody>
      ${rows.map(
        (r) => html`<tr>
          <th scope="row" lang=${r.nameLang ?? nothing}>${r.name}${r.approximate ? ` (${m.approximate})` : ''}</th>
          <td>${m.kinds[r.kind]}</td>
          <td>${m.states[r.state]}</td>
          <td>${r.events.length === 0 ? m.noEvents : r.events.map((e) => `${e.date}: ${e.title}`).join('; ')}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

export const CARD_W = 230;
export const CARD_H = 170;

/** The small card beside a hovered or focused marker: name, state at the date, events there. */
export function card(row: PlaceRow, x: number, y: number, width: number, height: number, dateText: string, m: MapMessages): TemplateResult {
  const w = Math.min(CARD_W, width - 8);
  const up = y > height / 2;
  const left = Math.max(4, Math.min(width - w - 4, x - w / 2));
  const top = up ? Math.max(0, y - MARKER_R - 6 - CARD_H) : Math.min(height - CARD_H, y + MARKER_R + 6);
  const shown = row.events.slice(-3);
  return svg`<foreignObject class="card-host" x=${left} y=${top} width=${w} height=${CARD_H} aria-hidden="true">
    <div class=${up ? 'card up' : 'card'} xmlns="http://www.w3.org/1999/xhtml">
      <div>
        <strong lang=${row.nameLang ?? nothing}>${row.name}</strong>
        <span>${m.stateOn(dateText)}: ${m.states[row.state]}</span>
        ${row.events.length === 0
          ? html`<span>${m.noEvents}</span>`
          : html`<ul>
              ${shown.map((e) => html`<li>${e.date}: ${e.title}</li>`)}
              ${row.events.length > shown.length ? html`<li>${m.moreEvents(row.events.length - shown.length)}</li>` : nothing}
            </ul>`}
      </div>
    </div>
  </foreignObject>`;
}
