/**
 * Re-renders its host exactly when the value it shows changes, and not otherwise: after every
 * update it asks the host for the instant of the next change and sets one timer for it. It keeps no
 * timer while the host is off-screen (IntersectionObserver) or the tab is hidden, and catches up at
 * once when seen again. A frozen clock (the host says there is no next change) means no timer at
 * all. Everything it sets up is released on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class TickController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;
  #onScreen = true;
  #abort?: AbortController;

  /** @param nextChange the epoch ms at which the shown value next changes, or null for never. */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly nextChange: () => number | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    const abort = (this.#abort = new AbortController());
    const observer = new IntersectionObserver((entries) => {
      const seen = entries[entries.length - 1]!.isIntersecting;
      // The first report usually confirms what we assumed (on screen): no need to re-render then.
      if (seen !== this.#onScreen) {
        this.#onScreen = seen;
        this.#seen();
      }
    });
    observer.observe(this.host);
    abort.signal.onabort = () => observer.disconnect();
    this.host.ownerDocument.addEventListener('visibilitychange', () => this.#seen(), { signal: abort.signal });
  }

  hostDisconnected(): void {
    this.#abort!.abort();
    clearTimeout(this.#timer);
  }

  /** Visibility changed: stop when unseen; when seen, show the current value now (catch up). */
  #seen(): void {
    clearTimeout(this.#timer);
    if (this.#visible()) this.host.requestUpdate();
  }

  /** True while the host can be seen: on screen, in a visible tab. */
  #visible(): boolean {
    return this.#onScreen && this.host.ownerDocument.visibilityState !== 'hidden';
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    const next = this.nextChange();
    if (next === null || !this.#visible() || !this.host.isConnected) return;
    // setTimeout holds at most 2^31-1 ms; a longer wait re-checks when the timer fires.
    this.#timer = setTimeout(() => this.host.requestUpdate(), Math.min(0x7fffffff, Math.max(0, next - Date.now())));
  }
}
