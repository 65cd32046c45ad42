/**
 * Every widget's interface strings in Arabic: one chunk per language, fetched the first time
 * a widget on the page speaks it (a page in English never fetches it).
 */
export { default as countdown } from '../../countdown/messages/ar.js';
export { default as map } from '../../map/messages/ar.js';
export { default as timeline } from '../../timeline/messages/ar.js';
