/**
 * Templates for the pieces of the map that do not hold state: a marker's symbol, the legend, the
 * screen-reader table of places and the hover/focus card.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MapMessages } from './messages.js';
import { KINDS, MARKER_R, SHAPES, STATES, type Kind, type MarkerState } from './symbols.js';

// The extra mark of a state, over the outline: the lower half filled (reduced, clipped in CSS),
// a slash (withdrawn) or a dot (handed over). Present, planned and unknown differ in the outline.
const MARKS: Partial<Record<MarkerState, readonly [string, string?]>> = {
  reduced: ['half'],
  withdrawn: ['slash', 'M-6 6L6-6'],
  'handed-over': ['dot', 'M-1.6 0a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0-3.2 0'],
};

/** The drawing of one marker at (0, 0): shape by kind, fill by state. */
export function symbol(kind: Kind, state: MarkerState): TemplateResult {
  const d = SHAPES[kind];
  const mark = MARKS[state];
  return svg`<path class="sym" d=${d}></path>${mark ? svg`<path class=${mark[0]} d=${mark[1] ?? d}></path>` : nothing}`;
}

function swatch(kind: Kind, state: MarkerState): TemplateResult {
  return html`<svg class=${state} viewBox="-10 -10 20 20" aria-hidden="true">${symbol(kind, state)}</svg>`;
}

/** The key: every kind on the map (drawn as present) and every state (drawn as a city's circle). */
export function legend(kinds: ReadonlySet<Kind>, m: MapMessages): TemplateResult {
  return html`<ul part="legend" aria-label=${m.legendLabel}>
    ${KINDS.filter((k) => kinds.has(k)).map((k) => html`<li>${swatch(k, 'present')}${m.kinds[k]}</li>`)}
    ${STATES.map((s) => html`<li>${swatch('city', s)}${m.states[s]}</li>`)}
  </ul>`;
}

export interface PlaceRow {
  readonly name: string;
  readonly lang: string | undefined;
  readonly kind: Kind;
  readonly state: MarkerState;
  readonly approximate: boolean;
  /** The events there, each as "date: title". */
  readonly events: readonly string[];
}

/** The map as a table, for screen readers: every place, its kind, its state at the date, its events. */
export function placesTable(rows: readonly PlaceRow[], caption: string, m: MapMessages): TemplateResult {
  return html`<table class="visually-hidden">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${m.tableColumns.map((t) => html`<th scope="col">${t}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (r) =>
          html`<tr>
            <th scope="row" lang=${r.lang ?? nothing}>
              ${r.name}${r.approximate ? ` (${m.approximatePosition})` : ''}
            </th>
            <td>${m.kinds[r.kind]}</td>
            <td>${m.states[r.state]}</td>
            <td>${r.events.join('; ') || m.noEvents}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export const CARD_W = 230;
export const CARD_H = 170;

/** The small card beside a hovered or focused marker: name, state at the date, events there. */
export function card(
  row: PlaceRow,
  x: number,
  y: number,
  width: number,
  height: number,
  dateText: string,
  m: MapMessages,
): TemplateResult {
  const w = Math.min(CARD_W, width - 8);
  const up = y > height / 2;
  const left = Math.max(4, Math.min(width - w - 4, x - w / 2));
  const top = up ? Math.max(0, y - MARKER_R - 6 - CARD_H) : Math.min(height - CARD_H, y + MARKER_R + 6);
  const more = row.events.length - 3;
  // Hidden from screen readers by the group it is drawn in; the table says the same. Above the
  // marker, the card sits at the bottom of its box (the foreignObject is its containing block).
  // The name stands on a line of its own, since block boxes follow it.
  return svg`<foreignObject class="card-host" x=${left} y=${top} width=${w} height=${CARD_H}>
    <div class=${up ? 'card above' : 'card'}>
      <strong lang=${row.lang ?? nothing}>${row.name}</strong>
      <div>${m.stateOn(dateText)}: ${m.states[row.state]}</div>
      ${
        row.events.length
          ? html`<ul>
              ${row.events.slice(-3).map((e) => html`<li>${e}</li>`)}
              ${more > 0 ? html`<li>${m.andMore(more)}</li>` : nothing}
            </ul>`
          : html`<div>${m.noEvents}</div>`
      }
    </div>
  </foreignObject>`;
}
