/**
 * The entry a CMS template loads (dist/withdrawal-widgets.js): importing it defines every element
 * at once. It is the small core (Lit, the context, the provider, the shared base, validation); each
 * widget's view, each interface language, the basemap and the built-in story are ES module chunks
 * beside it (dist/chunks/), fetched only when a page uses them and resolved from this module's own
 * URL, so the folder can be served from anywhere. Safe to load twice on one page.
 *
 * The same entry, with every chunk inlined, is the single file for hosts that take only one
 * (dist/withdrawal-widgets.standalone.js).
 */
import './provider/define.js';
import './timeline/define.js';
import './map/define.js';
import './countdown/define.js';

export { WithdrawalData } from './provider/define.js';
export { WithdrawalTimeline } from './timeline/define.js';
export { BaseMap } from './map/define.js';
export { MilestoneCountdown } from './countdown/define.js';
export { WithdrawalElement } from './base/withdrawal-element.js';
export { storyContext } from './context/story-context.js';
