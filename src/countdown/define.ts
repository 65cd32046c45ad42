/** Registers `<milestone-countdown>`. */
import { define } from '../base/define.js';
import { MilestoneCountdown } from './milestone-countdown.js';

define('milestone-countdown', MilestoneCountdown);

declare global {
  interface HTMLElementTagNameMap {
    'milestone-countdown': MilestoneCountdown;
  }
}

export { MilestoneCountdown };
