/**
 * `#event-<id>` in the page URL: read on load and whenever the hash changes (the timeline listens
 * while it is on the page), written (without a new history entry or a page jump) when a person selects.
 */

const PREFIX = '#event-';

/** The event id the page URL names, if any. */
export function hashId(): string | undefined {
  const hash = location.hash;
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length));
  } catch {
    // A malformed escape ("%E0%A4%A") names no event; it must not throw into the host page.
    return undefined;
  }
}

/** Put the selected event in the URL (replacing, so Back still leaves the page as expected). */
export function writeHash(id: string): void {
  history.replaceState(history.state, '', PREFIX + encodeURIComponent(id));
}
