/**
 * Every widget's interface strings in Central Kurdish (Sorani): one chunk per language, fetched the first time
 * a widget on the page speaks it (a page in English never fetches it).
 */
export { default as countdown } from '../../countdown/messages/ckb.js';
export { default as map } from '../../map/messages/ckb.js';
export { default as timeline } from '../../timeline/messages/ckb.js';
