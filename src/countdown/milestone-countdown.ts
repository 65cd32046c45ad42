/**
 * <milestone-countdown>: time left until, or passed since, a milestone of the story. The element is
 * in the small core (its attributes, states and events work at once); its drawing is the
 * countdown's view (countdown-view.ts), fetched when the first countdown is on the page.
 */
import { WithdrawalElement } from '../base/withdrawal-element.js';
import { countdownLoadingBox } from '../base/loading-box.js';
import { parseInstant } from '../story/dates.js';

/**
 * @tag milestone-countdown
 * @summary Time left until, or passed since, a milestone.
 * @fires withdrawal-select - When a person selects something; detail `{ eventId?, locationIds }`.
 * @fires withdrawal-error - When the story cannot be loaded or parts of it were left out.
 * @csspart base - The wrapper that carries the language and direction.
 * @csspart value - The amount shown ("6 days and 23 hours", "1 year and 56 days").
 * @csspart error - The `role="alert"` message shown when the story fails.
 * @cssprop --withdrawal-countdown-value-color - Colour of the amount before the deadline.
 * @cssprop --withdrawal-countdown-passed-color - Colour of the amount after the deadline.
 * @cssprop --withdrawal-countdown-value-size - Font size of the count line (default 1.5em).
 * @cssprop --withdrawal-countdown-border-color - Border of the box.
 * @cssprop --withdrawal-countdown-background - Background of the box.
 * @cssprop --withdrawal-countdown-padding - Padding of the box.
 */
export class MilestoneCountdown extends WithdrawalElement {
  static override styles = [...WithdrawalElement.styles, countdownLoadingBox];

  static override properties = {
    milestone: { reflect: true },
    frozenNow: { attribute: 'now', reflect: true },
  };

  /** The id of the milestone to show; default: the selected event's, else the next, else the last passed. */
  declare milestone?: string;

  /** An ISO 8601 instant (attribute `now`) that freezes the clock for this widget alone. */
  declare frozenNow?: string;

  /** Whether this countdown's clock is frozen (by its own `now`, or its provider's). @internal */
  get frozen(): boolean {
    return parseInstant(this.frozenNow) !== null || this.data.now !== null;
  }

  /** @internal */
  override now(): number {
    return parseInstant(this.frozenNow) ?? super.now();
  }

  protected override async loadView() {
    const { CountdownView } = await import('./countdown-view.js');
    return new CountdownView(this);
  }
}
