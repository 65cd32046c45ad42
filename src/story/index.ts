/** The story model: format, validation, dates, text and queries. No Lit, no DOM. */
export * from './dates.js';
export * from './text.js';
export * from './model.js';
export * from './queries.js';
export { parseStory, parseStoryText } from './validate.js';
export type {
  StoryInput,
  SourceInput,
  PlaceInput,
  PresenceInput,
  EventInput,
  MilestoneInput,
  MetaInput,
} from './schema.js';
export { PROVENANCES, PRESENCE_LEVELS } from './vocabulary.js';
