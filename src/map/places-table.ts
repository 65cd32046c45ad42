/** The map as a table, for screen readers: every place, its kind, its state at the date, its events. */
import { html, nothing, type TemplateResult } from 'lit';
import type { MapMessages } from './messages.js';
import type { PlaceRow } from './places.js';

export function placesTable(rows: readonly PlaceRow[], caption: string, messages: MapMessages): TemplateResult {
  return html`<table class="visually-hidden">
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        ${messages.tableColumns.map((column) => html`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map((row) => tableRow(row, messages))}
    </tbody>
  </table>`;
}

function tableRow(row: PlaceRow, messages: MapMessages): TemplateResult {
  const name = row.approximate ? `${row.name} (${messages.approximatePosition})` : row.name;
  const events = row.events.length > 0 ? row.events.join('; ') : messages.noEvents;
  return html`<tr>
    <th scope="row" lang=${row.lang ?? nothing}>${name}</th>
    <td>${messages.kinds[row.kind]}</td>
    <td>${messages.states[row.state]}</td>
    <td>${events}</td>
  </tr>`;
}
