/**
 * Re-renders its host exactly when the value it shows changes, and not otherwise: after every
 * update it asks the host for the instant of the next change and sets one timer for it. It keeps no
 * timer while the host is off-screen (IntersectionObserver) or the tab is hidden, and catches up at
 * once when seen again. A frozen clock (the host says there is no next change) means no timer at
 * all. Everything it sets up is released on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

// setTimeout holds at most 2^31-1 ms; longer waits are re-checked when the timer fires.
const MAX_DELAY = 0x7fffffff;

export class TickController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #onScreen = true;
  #abort: AbortController | undefined;
  #observer: IntersectionObserver | undefined;

  /**
   * @param nextChange the epoch ms at which the shown value next changes, or null for never.
   * @param clock the live clock (Date.now), compared with nextChange to size the wait.
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly nextChange: () => number | null,
    private readonly clock: () => number = () => Date.now(),
  ) {
    host.addController(this);
  }

  /** True while the host can be seen: on screen, in a visible tab. */
  get active(): boolean {
    return this.#onScreen && this.host.ownerDocument.visibilityState !== 'hidden';
  }

  hostConnected(): void {
    this.#abort = new AbortController();
    this.host.ownerDocument.addEventListener('visibilitychange', () => this.#seen(), { signal: this.#abort.signal });
    if (typeof IntersectionObserver === 'function') {
      this.#observer = new IntersectionObserver((entries) => {
        const last = entries[entries.length - 1];
        // The first report usually confirms what we assumed (on screen): no need to re-render then.
        if (!last || last.isIntersecting === this.#onScreen) return;
        this.#onScreen = last.isIntersecting;
        this.#seen();
      });
      this.#observer.observe(this.host);
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#abort = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#clear();
  }

  hostUpdated(): void {
    this.#schedule();
  }

  /** Visibility changed: stop when unseen; when seen, show the current value now (catch up). */
  #seen(): void {
    if (!this.active) this.#clear();
    else this.host.requestUpdate();
  }

  #schedule(): void {
    this.#clear();
    if (!this.active || !this.host.isConnected) return;
    const next = this.nextChange();
    if (next === null) return;
    const delay = Math.min(MAX_DELAY, Math.max(0, next - this.clock()));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  #clear(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
