/**
 * How a place is drawn: its shape says its kind, its fill says its state at the map's date. Both
 * differ in form, not only in colour, so the map reads in greyscale, in print and in forced colours.
 */
import { nothing, svg, type TemplateResult } from 'lit';
import type { PresenceLevel } from '../story/model.js';
import { PRESENCE_LEVELS } from '../story/vocabulary.js';

export const KINDS = ['airbase', 'compound', 'outpost', 'garrison', 'city', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** A presence level, or `unknown` when the story says nothing about the place at that date. */
export type MarkerState = PresenceLevel | 'unknown';
export const STATES: readonly MarkerState[] = [...PRESENCE_LEVELS, 'unknown'];

/** Marker radius in CSS pixels: big enough to hit with a finger's edge, small enough for Baghdad. */
export const MARKER_R = 7;

// Paths around (0, 0), about 2 × MARKER_R across.
export const SHAPES: Record<Kind, string> = {
  airbase: 'M0-8L8 6H-8Z',
  compound: 'M-6.5-6.5H6.5V6.5H-6.5Z',
  outpost: 'M0-8.5L8.5 0 0 8.5-8.5 0Z',
  garrison: 'M0-8L7.6-2.5 4.7 6.5H-4.7L-7.6-2.5Z',
  city: 'M-7 0A7 7 0 1 0 7 0A7 7 0 1 0-7 0Z',
  other: 'M-3-7H3L7-3V3L3 7H-3L-7 3V-3Z',
};

export function kindOf(kind: string): Kind {
  return (KINDS as readonly string[]).includes(kind) ? (kind as Kind) : 'other';
}

interface Mark {
  /** Its class, which styles it (marker-styles.ts). */
  readonly className: string;
  /** Its path; the kind's own shape when not given. */
  readonly path?: string;
}

// The extra mark of a state, over the outline: the lower half of the shape filled (reduced,
// clipped in CSS), a slash (withdrawn) or a dot (handed over). Present, planned and unknown differ
// in the outline alone.
const MARKS: Partial<Record<MarkerState, Mark>> = {
  reduced: { className: 'half' },
  withdrawn: { className: 'slash', path: 'M-6 6L6-6' },
  'handed-over': { className: 'dot', path: 'M-1.6 0a1.6 1.6 0 1 0 3.2 0a1.6 1.6 0 1 0-3.2 0' },
};

/** The drawing of one marker at (0, 0): shape by kind, fill and mark by state. */
export function symbol(kind: Kind, state: MarkerState): TemplateResult {
  const shape = SHAPES[kind];
  const mark = MARKS[state];
  return svg`<path class="sym" d=${shape}></path>
    ${mark ? svg`<path class=${mark.className} d=${mark.path ?? shape}></path>` : nothing}`;
}
