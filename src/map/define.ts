/** Registers `<base-map>`. */
import { define } from '../base/define.js';
import { BaseMap } from './base-map.js';

define('base-map', BaseMap);

declare global {
  interface HTMLElementTagNameMap {
    'base-map': BaseMap;
  }
}

export { BaseMap };
