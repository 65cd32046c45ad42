/**
 * <base-map>: the story's places on a map of the region, with their state at a date. The element
 * is in the small core (its attributes, states and events work at once); its drawing is the map's
 * view (map-view.ts, with d3-geo and the basemap), fetched when the first map is on the page.
 */
import { WithdrawalElement } from '../base/withdrawal-element.js';
import { mapLoadingBox } from '../base/loading-box.js';

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
  static override styles = [...WithdrawalElement.styles, mapLoadingBox];

  static override properties = {
    date: { reflect: true },
    basemap: { reflect: true },
  };

  /** Show each place's state as of this ISO date; default: the selected event's date, else now. */
  declare date?: string;

  /** URL of a TopoJSON to draw instead of the bundled map of Iraq and its neighbours. */
  declare basemap?: string;

  protected override async loadView() {
    const { MapView } = await import('./map-view.js');
    return new MapView(this);
  }
}
