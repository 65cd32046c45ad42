/**
 * The built-in story, validated: a chunk of its own, fetched only by pages that show it. In the
 * browser builds this module is replaced by the same result computed at build time
 * (scripts/built-in-story.mjs), so those pages fetch and run no validator.
 */
import json from '../../data/iraq-withdrawal.json';
import { parseStory } from '../story/validate.js';

export default parseStory(json);
