/**
 * The one context every widget reads: the bound story, its load state, the shared selection and
 * the shared clock. Providers publish a NEW frozen value on every change (consumers compare with
 * Object.is); widgets never mutate it and send selections back through `select`.
 */
import { createContext } from '@lit/context';
import type { Problem, Story } from '../story/model.js';

export type LoadStatus = 'loading' | 'ready' | 'error';

/** What is selected, shared by every widget bound to one provider. */
export interface Selection {
  readonly eventId?: string;
  readonly locationIds: readonly string[];
  /** The milestone a widget asked to show (set by selecting an event linked to it). */
  readonly milestoneId?: string;
}

export interface StoryError {
  readonly message: string;
  readonly path?: string;
  readonly source?: string;
}

export interface StoryState {
  readonly status: LoadStatus;
  readonly story?: Story;
  /** What was wrong with the data: left out when `ready`, fatal when `error`. */
  readonly problems: readonly Problem[];
  readonly error?: StoryError;
  /** Where the story came from: its URL, "inline" or "default". */
  readonly origin: string;
  readonly selection: Selection;
  /** A frozen "now" (epoch ms) for every bound widget, or null for the real clock. */
  readonly now: number | null;
  /** Change the shared selection; every bound widget hears of it. */
  readonly select: (selection: Selection) => void;
}

export const storyContext = createContext<StoryState>(Symbol.for('withdrawal-widgets/story'));

export const EMPTY_SELECTION: Selection = Object.freeze({ locationIds: Object.freeze([]) });
