/** Registers `<withdrawal-data>`. */
import { define } from '../base/define.js';
import { WithdrawalData } from './withdrawal-data.js';

define('withdrawal-data', WithdrawalData);

declare global {
  interface HTMLElementTagNameMap {
    'withdrawal-data': WithdrawalData;
  }
}

export { WithdrawalData };
