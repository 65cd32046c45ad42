/**
 * What `embed.html` shows, read from its URL: `?widget=timeline|map|countdown&src=…&lang=…&theme=…
 * &now=…&selected=…`, plus the ids the resize conventions address it by (`id` for Datawrapper's
 * message, `childId` as pym.js's parent adds it) and WordPress's `#?secret=…` in the hash.
 */

export type EmbedTag = 'withdrawal-timeline' | 'base-map' | 'milestone-countdown';

export interface EmbedOptions {
  readonly tag: EmbedTag;
  readonly src?: string;
  readonly lang?: string;
  readonly theme?: 'light' | 'dark' | 'auto';
  readonly now?: string;
  readonly selected?: string;
  /** The key of the Datawrapper height message and of this library's own messages. */
  readonly id: string;
  /** pym.js's child id (its parent appends `childId` to the iframe URL). */
  readonly childId: string;
  /** wp-embed's shared secret, from `#?secret=…`; without it no WordPress message is sent. */
  readonly secret?: string;
}

const TAGS: Readonly<Record<string, EmbedTag>> = {
  timeline: 'withdrawal-timeline',
  map: 'base-map',
  countdown: 'milestone-countdown',
  'withdrawal-timeline': 'withdrawal-timeline',
  'base-map': 'base-map',
  'milestone-countdown': 'milestone-countdown',
};

/** Ids and language tags are short plain tokens: anything else is ignored, never echoed. */
const TOKEN = /^[\w.:-]{1,100}$/;

function token(value: string | null): string | undefined {
  return value && TOKEN.test(value) ? value : undefined;
}

export function readOptions(location: { search: string; hash: string }): EmbedOptions {
  const q = new URLSearchParams(location.search);
  const theme = q.get('theme');
  const id = token(q.get('id')) ?? 'withdrawal-widgets';
  // wp-embed reads its secret the same way: the ten-odd word characters after `secret=`.
  const secret = /secret=([\w]{1,64})/.exec(location.hash)?.[1];
  const now = q.get('now');
  return {
    tag: TAGS[q.get('widget') ?? ''] ?? 'withdrawal-timeline',
    ...(q.get('src') ? { src: q.get('src')! } : {}),
    ...(token(q.get('lang')) ? { lang: q.get('lang')! } : {}),
    ...(theme === 'light' || theme === 'dark' || theme === 'auto' ? { theme } : {}),
    ...(now && !Number.isNaN(Date.parse(now)) ? { now } : {}),
    ...(token(q.get('selected')) ? { selected: q.get('selected')! } : {}),
    id,
    childId: token(q.get('childId')) ?? id,
    ...(secret ? { secret } : {}),
  };
}
