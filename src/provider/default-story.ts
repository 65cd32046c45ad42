/**
 * The built-in default story (inlined in the bundle) and the store that widgets with no provider
 * share, so lone widgets on a page still select together.
 */
import storyJson from '../../data/iraq-withdrawal.json';
import { parseStory } from '../story/validate.js';
import { StoryStore } from './store.js';

let store: StoryStore | undefined;

export function defaultStore(): StoryStore {
  if (!store) {
    store = new StoryStore('default');
    applyResult(store, storyJson, 'default');
  }
  return store;
}

/** Validate data and publish the result (ready with problems, or error) on a store. */
export function applyResult(target: StoryStore, data: unknown, origin: string): void {
  const result = parseStory(data);
  publish(target, result, origin);
}

export function publish(target: StoryStore, result: ReturnType<typeof parseStory>, origin: string): void {
  if (result.ok) {
    target.update({ status: 'ready', story: result.story, problems: result.problems, error: undefined, origin });
  } else {
    const first = result.problems.find((p) => p.path);
    target.update({
      status: 'error',
      story: undefined,
      problems: result.problems,
      error: Object.freeze({ message: result.message, path: first?.path, source: origin }),
      origin,
    });
  }
}
