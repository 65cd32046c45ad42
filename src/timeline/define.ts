/** Registers `<withdrawal-timeline>`. */
import { define } from '../base/define.js';
import { WithdrawalTimeline } from './withdrawal-timeline.js';

define('withdrawal-timeline', WithdrawalTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'withdrawal-timeline': WithdrawalTimeline;
  }
}

export { WithdrawalTimeline };
