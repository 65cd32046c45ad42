/**
 * What is written under the map: the key of the places numbered on it, the legend of symbols, and
 * the credit line with the story's sources.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlaceLabel } from './layout.js';
import type { MapMessages } from './messages.js';
import type { CitedSource, PlaceRow } from './places.js';
import { KINDS, STATES, symbol, type Kind, type MarkerState } from './symbols.js';

/**
 * The key of the places whose names did not fit on the map: each one's number and name. Hidden
 * from screen readers, which have the table of every place.
 */
export function calloutKey(
  callouts: readonly PlaceLabel[],
  rows: ReadonlyMap<string, PlaceRow>,
): TemplateResult | typeof nothing {
  if (callouts.length === 0) return nothing;
  return html`<ol class="callouts" aria-hidden="true">
    ${callouts.map((callout) => calloutItem(callout, rows.get(callout.id)!))}
  </ol>`;
}

function calloutItem(callout: PlaceLabel, row: PlaceRow): TemplateResult {
  return html`<li>
    <b>${callout.lines[0]}</b>
    <span lang=${row.lang ?? nothing}>${row.name}</span>
  </li>`;
}

/** The key: every kind on the map (drawn as present) and every state (drawn as a city's circle). */
export function legend(kinds: ReadonlySet<Kind>, messages: MapMessages): TemplateResult {
  const kindsShown = KINDS.filter((kind) => kinds.has(kind));
  return html`<ul part="legend" aria-label=${messages.legendLabel}>
    ${kindsShown.map((kind) => legendItem(kind, 'present', messages.kinds[kind]))}
    ${STATES.map((state) => legendItem('city', state, messages.states[state]))}
  </ul>`;
}

function legendItem(kind: Kind, state: MarkerState, text: string): TemplateResult {
  return html`<li>
    <svg class=${state} viewBox="-10 -10 20 20" aria-hidden="true">${symbol(kind, state)}</svg>
    ${text}
  </li>`;
}

/** The basemap's credit (when it is the bundled one) and the sources the places cite, folded. */
export function credit(
  showBasemapCredit: boolean,
  sources: readonly CitedSource[],
  messages: MapMessages,
): TemplateResult {
  const basemapCredit = showBasemapCredit ? `${messages.basemapCredit} · ` : nothing;
  return html`<p class="credit">${basemapCredit}${sourcesList(sources, messages)}</p>`;
}

function sourcesList(sources: readonly CitedSource[], messages: MapMessages): TemplateResult | typeof nothing {
  if (sources.length === 0) return nothing;
  return html`<details>
    <summary>${messages.sourcesHeading}</summary>
    <ul>
      ${sources.map((source) => sourceItem(source))}
    </ul>
  </details>`;
}

function sourceItem(source: CitedSource): TemplateResult {
  return html`<li>
    <a href=${source.url} rel="noopener noreferrer" target="_blank">${source.text}</a>
  </li>`;
}
