/**
 * <milestone-countdown>: Time left until, or passed since, a milestone.
 */
import { html } from 'lit';
import type { Story } from '../story/model.js';
import { textIn } from '../story/text.js';
import { WithdrawalElement } from '../base/withdrawal-element.js';

/**
 * @tag milestone-countdown
 * @summary Time left until, or passed since, a milestone.
 * @fires withdrawal-select - When a person selects something; detail `{ eventId?, locationIds }`.
 * @fires withdrawal-error - When the story cannot be loaded or parts of it were left out.
 * @csspart base - The wrapper that carries the language and direction.
 * @csspart error - The `role="alert"` message shown when the story fails.
 */
export class MilestoneCountdown extends WithdrawalElement {
  protected override renderStory(story: Story) {
    return html`<p>${textIn(story.meta.title, this.locale, story.meta.languages)}</p>`;
  }
}
