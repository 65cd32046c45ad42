/**
 * A small observable holder of the StoryState. Every change publishes a new frozen object, so
 * context consumers (which compare with Object.is) always hear it.
 */
import { EMPTY_SELECTION, type Selection, type StoryState } from '../context/story-context.js';

type Listener = (state: StoryState) => void;

/** Ids cannot hold a comma (IdSchema), so the joined lists compare the lists. */
const sameSelection = (a: Selection, b: Selection): boolean =>
  a.eventId === b.eventId && a.milestoneId === b.milestoneId && `${a.locationIds}` === `${b.locationIds}`;

export class StoryStore {
  #state: StoryState;
  readonly #listeners = new Set<Listener>();

  constructor(origin: string, now: number | null = null) {
    this.#state = Object.freeze({
      status: 'loading',
      problems: Object.freeze([]),
      origin,
      selection: EMPTY_SELECTION,
      now,
      select: (selection: Selection) => this.select(selection),
    });
  }

  get state(): StoryState {
    return this.#state;
  }

  /** Publish a new state made of the old one and the changes. */
  update(changes: Partial<Omit<StoryState, 'select'>>): void {
    this.#state = Object.freeze({ ...this.#state, ...changes });
    for (const listener of [...this.#listeners]) listener(this.#state);
  }

  select(selection: Selection): void {
    if (sameSelection(selection, this.#state.selection)) return;
    this.update({
      selection: Object.freeze({ ...selection, locationIds: Object.freeze([...selection.locationIds]) }),
    });
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
