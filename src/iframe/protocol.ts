/**
 * The postMessage protocol: what an embedded widget posts to its parent page. Height goes out in every convention the
 * industry's resizers listen for, so any of them (or this library's snippet) sizes the iframe.
 */
import type { EmbedOptions } from './options.js';

/** This library's own message key: `{ 'withdrawal-embed': EmbedMessage }`. */
export const EMBED_KEY = 'withdrawal-embed';

export interface EmbedMessage {
  readonly id: string;
  readonly height?: number;
  /** The selected event id; `null` when the selection was cleared. */
  readonly selected?: string | null;
}

/** What the parent sends to the iframe: `{ 'withdrawal-embed': { selected } }`. */
export interface ParentMessage {
  readonly selected?: string | null;
}

/** The messages announcing a new height, in the order they are posted. */
export function heightMessages(height: number, options: EmbedOptions): unknown[] {
  const h = Math.ceil(height);
  const messages: unknown[] = [
    // Datawrapper: `{"datawrapper-height": {"<id>": height}}`.
    { 'datawrapper-height': { [options.id]: h } },
    // pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<height>`.
    ['pym', options.childId, 'height', String(h)].join('xPYMx'),
    { [EMBED_KEY]: { id: options.id, height: h } satisfies EmbedMessage },
  ];
  // WordPress (wp-embed): `{message: 'height', value, secret}`; it ignores messages without its secret.
  if (options.secret) messages.push({ message: 'height', value: h, secret: options.secret });
  return messages;
}

/** Read a parent's message to the iframe, ignoring everything else on the channel. */
export function readParentMessage(data: unknown): ParentMessage | undefined {
  if (!data || typeof data !== 'object' || !(EMBED_KEY in data)) return undefined;
  const body = (data as Record<string, unknown>)[EMBED_KEY];
  if (!body || typeof body !== 'object') return undefined;
  const selected = (body as Record<string, unknown>)['selected'];
  if (selected === null) return { selected: null };
  return typeof selected === 'string' && /^[\w.:-]{1,100}$/.test(selected) ? { selected } : {};
}
