/**
 * Runs one piece of deferred work at a time (the next chunk of a long timeline) on a timer, so the
 * page stays responsive between chunks. The timer is cleared when the timeline leaves the page and
 * the work resumes when it comes back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ChunkController implements ReactiveController {
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Run `work` soon, unless work is already waiting. */
  later(work: () => void): void {
    if (this.#timer !== undefined) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      work();
    });
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
