/**
 * The bundle entry: importing it defines every element. Safe to load twice on one page.
 */
import './provider/define.js';
import './timeline/define.js';
import './map/define.js';
import './countdown/define.js';

export { WithdrawalData } from './provider/define.js';
export { WithdrawalTimeline } from './timeline/define.js';
export { BaseMap } from './map/define.js';
export { MilestoneCountdown } from './countdown/define.js';
export { WithdrawalElement, type Theme } from './base/withdrawal-element.js';
export { storyContext } from './context/story-context.js';
export type { StoryState, Selection, LoadStatus, StoryError } from './context/story-context.js';
export type { WithdrawalSelectDetail, WithdrawalErrorDetail } from './base/events.js';
export * from './story/index.js';
