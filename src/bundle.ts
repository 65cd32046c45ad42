/**
 * The single-file bundle's entry (dist/withdrawal-widgets.js): importing it defines every element.
 * Safe to load twice on one page. It exports the element classes and the story context (for a host
 * page's own widget on the same story); the story model's functions are in the npm entry
 * (`withdrawal-widgets`, src/index.ts), so that the CDN file carries only what the widgets use.
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
