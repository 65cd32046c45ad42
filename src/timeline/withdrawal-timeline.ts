/**
 * <withdrawal-timeline>: the story's events in time order. The element is in the small core (its
 * attributes, states and events work at once); its drawing is the timeline's view
 * (timeline-view.ts), fetched when the first timeline is on the page.
 */
import { WithdrawalElement } from '../base/withdrawal-element.js';
import { timelineLoadingBox } from '../base/loading-box.js';

/**
 * @tag withdrawal-timeline
 * @summary The story's events in time order: a vertical list in a narrow element, a horizontal time axis from 40rem
 * wide (by the element's own width). Light-DOM children are not shown: keep a plain list there for readers without JavaScript.
 * @fires withdrawal-select - When a person selects an event (or clears a place filter); detail `{ eventId?, locationIds }`.
 * @fires withdrawal-error - When the story cannot be loaded or parts of it were left out.
 * @csspart base - The wrapper that carries the language and direction.
 * @csspart error - The `role="alert"` message shown when the story fails.
 * @csspart event - Each event (`<li>`); the selected one is `event selected`.
 * @csspart selected - The selected event.
 * @cssprop --withdrawal-timeline-axis-color - The time axis and year rules.
 * @cssprop --withdrawal-timeline-selected-color - The outline of the selected event.
 * @cssprop --withdrawal-timeline-now-color - The "now" marker.
 * @cssprop --withdrawal-timeline-column-width - Width of a year column in the wide layout (default 17rem).
 */
export class WithdrawalTimeline extends WithdrawalElement {
  static override styles = [...WithdrawalElement.styles, timelineLoadingBox];

  static override properties = {
    selected: { reflect: true },
    deepLink: { type: Boolean, reflect: true, attribute: 'deep-link' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** The id of the selected event; setting it selects that event for every widget bound to the story. */
  declare selected?: string;

  /** Select the event named by `#event-<id>` in the page URL, and write the hash when a person selects. */
  deepLink = false;

  /** The level (1–6) of the year headings, to fit the page's outline: 2 under the page's title, 3 inside a section. */
  headingLevel = 2;

  protected override async loadView() {
    const { TimelineView } = await import('./timeline-view.js');
    return new TimelineView(this);
  }
}
