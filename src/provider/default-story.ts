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
    publish(store, parseStory(storyJson), 'default');
  }
  return store;
}

/** Publish a validation result on a store: ready (with what was left out), or error. */
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
