/**
 * `#event-<id>` in the page URL: read when asked and whenever the hash changes (the listener lives
 * while the host is on the page), written without a new history entry or a page jump when a person
 * selects, so Back still leaves the page as expected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = '#event-';

export class HashLinkController implements ReactiveController {
  readonly #onChange: (id: string) => void;
  #listening?: AbortController;

  /** @param onChange called with the id the URL names after a `hashchange`. */
  constructor(host: ReactiveControllerHost, onChange: (id: string) => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    this.#listening = new AbortController();
    addEventListener(
      'hashchange',
      () => {
        const id = this.read();
        if (id) this.#onChange(id);
      },
      { signal: this.#listening.signal },
    );
  }

  hostDisconnected(): void {
    this.#listening?.abort();
  }

  /** The event id the page URL names, if any. */
  read(): string | undefined {
    const hash = location.hash;
    if (!hash.startsWith(PREFIX)) return undefined;
    try {
      return decodeURIComponent(hash.slice(PREFIX.length));
    } catch {
      // A malformed escape ("%E0%A4%A") names no event; it must not throw into the host page.
      return undefined;
    }
  }

  /** Put the selected event in the URL. */
  write(id: string): void {
    history.replaceState(history.state, '', PREFIX + encodeURIComponent(id));
  }
}
