/**
 * The fixed words of the story format: how sure a fact is, and a place's presence levels. Plain
 * lists (no schema library), so the widgets can use them without fetching the validator.
 */
export const PROVENANCES = ['official', 'reported', 'claimed'] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const PRESENCE_LEVELS = ['present', 'reduced', 'withdrawn', 'handed-over', 'planned'] as const;
export type PresenceLevel = (typeof PRESENCE_LEVELS)[number];
