/**
 * `#event-<id>` in the page URL: read on load and whenever the hash changes, written (without a new
 * history entry or a page jump) when a person selects. The window listener lives here so it is
 * released when the timeline leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const PREFIX = '#event-';

export class DeepLinkController implements ReactiveController {
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & { deepLink: boolean },
    private readonly onId: (id: string) => void,
  ) {
    host.addController(this);
  }

  /** The event id the page URL names, if any. */
  static current(): string | undefined {
    const hash = globalThis.location?.hash ?? '';
    if (!hash.startsWith(PREFIX)) return undefined;
    try {
      return decodeURIComponent(hash.slice(PREFIX.length));
    } catch {
      // A malformed escape ("%E0%A4%A") names no event; it must not throw into the host page.
      return undefined;
    }
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    globalThis.addEventListener?.(
      'hashchange',
      () => {
        const id = DeepLinkController.current();
        if (this.host.deepLink && id) this.onId(id);
      },
      { signal: this.#abort.signal },
    );
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Put the selected event in the URL (replacing, so Back still leaves the page as expected). */
  write(id: string): void {
    if (!this.host.deepLink || DeepLinkController.current() === id) return;
    history.replaceState(history.state, '', PREFIX + encodeURIComponent(id));
  }
}
