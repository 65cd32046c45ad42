/**
 * The small card beside a hovered or focused marker: the place's name, its state at the date and
 * its latest events. Hidden from screen readers by the group it is drawn in; the table says the same.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { MapMessages } from './messages.js';
import type { PlaceRow } from './places.js';
import { MARKER_R } from './symbols.js';

const CARD_WIDTH = 230;
const CARD_HEIGHT = 170;
/** How many events a card lists: the latest ones, then "and N more". */
const CARD_EVENTS = 3;
/** Room between the marker's edge and the card. */
const CARD_GAP = 6;

export interface CardPlacement {
  /** The marker's centre. */
  readonly x: number;
  readonly y: number;
  /** The map's size. */
  readonly width: number;
  readonly height: number;
}

/** The card of a place, above its marker in the lower half of the map and below it in the upper half. */
export function card(row: PlaceRow, at: CardPlacement, dateText: string, messages: MapMessages): TemplateResult {
  const width = Math.min(CARD_WIDTH, at.width - 8);
  const left = Math.max(4, Math.min(at.width - width - 4, at.x - width / 2));
  const above = at.y > at.height / 2;
  const top = above
    ? Math.max(0, at.y - MARKER_R - CARD_GAP - CARD_HEIGHT)
    : Math.min(at.height - CARD_HEIGHT, at.y + MARKER_R + CARD_GAP);
  // Above the marker, the card sits at the bottom of its box (the foreignObject is its containing
  // block). The name stands on a line of its own, since block boxes follow it.
  return svg`<foreignObject class="card-host" x=${left} y=${top} width=${width} height=${CARD_HEIGHT}>
    <div class=${above ? 'card above' : 'card'}>
      <strong lang=${row.lang ?? nothing}>${row.name}</strong>
      <div>${messages.stateOn(dateText)}: ${messages.states[row.state]}</div>
      ${cardEvents(row.events, messages)}
    </div>
  </foreignObject>`;
}

function cardEvents(events: readonly string[], messages: MapMessages): TemplateResult {
  if (events.length === 0) return html`<div>${messages.noEvents}</div>`;
  const notListed = events.length - CARD_EVENTS;
  return html`<ul>
    ${events.slice(-CARD_EVENTS).map((event) => html`<li>${event}</li>`)}
    ${notListed > 0 ? html`<li>${messages.andMore(notListed)}</li>` : nothing}
  </ul>`;
}
