/**
 * The built-in default story and the store that widgets with no provider share, so lone widgets on
 * a page still select together. The story is its own chunk: a page whose widgets all have their own
 * `src` story never fetches it; the first widget or provider that needs it fetches it once.
 */
import { StoryStore } from './story-store.js';
import { publish } from './publish.js';

let store: StoryStore | undefined;

/** Where the built-in story is, for the message when its chunk cannot be fetched. */
const ORIGIN = 'default';

export function defaultStore(): StoryStore {
  if (!store) {
    const created = (store = new StoryStore(ORIGIN));
    import('./built-in-story.js').then(
      (builtIn) => publish(created, builtIn.default, ORIGIN),
      (error: unknown) =>
        publish(
          created,
          { ok: false, message: `The built-in story could not be loaded (${String(error)}).`, problems: [] },
          ORIGIN,
        ),
    );
  }
  return store;
}
