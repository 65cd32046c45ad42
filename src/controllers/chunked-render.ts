/**
 * Renders a long list a chunk at a time: enough items at first to fill a screen fast, then one more
 * chunk per timer turn, so a story of 10,000 events never blocks the page. Nothing is scheduled
 * while the host is off the page; back on the page, it resumes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ChunkSizes {
  /** Items rendered at once. */
  readonly first: number;
  /** Items added on each later turn. */
  readonly chunk: number;
}

export class ChunkedRenderController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #sizes: ChunkSizes;
  #limit: number;
  #total = 0;
  #listKey?: string;
  #timer?: ReturnType<typeof setTimeout>;
  #connected = false;

  constructor(host: ReactiveControllerHost, sizes: ChunkSizes) {
    this.#host = host;
    this.#sizes = sizes;
    this.#limit = sizes.first;
    host.addController(this);
  }

  /**
   * How many items to render. A list with a new key (another filter) or length starts again from
   * the first chunk; `include` items (the selected one, the focused one) are always rendered.
   */
  limit(listKey: string, total: number, include: readonly number[] = []): number {
    if (listKey !== this.#listKey || total !== this.#total) this.#limit = this.#sizes.first;
    this.#listKey = listKey;
    this.#total = total;
    for (const index of include) this.#limit = Math.max(this.#limit, index + 1);
    return this.#limit;
  }

  /** Whether the list is longer than one first chunk (it will grow while the reader looks). */
  get growing(): boolean {
    return this.#total > this.#sizes.first;
  }

  hostConnected(): void {
    this.#connected = true;
    // Chunks stop while the host is off the page; this resumes them.
    if (this.#limit < this.#total) this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostUpdated(): void {
    if (this.#limit >= this.#total || this.#timer || !this.#connected) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (!this.#connected) return;
      this.#limit += this.#sizes.chunk;
      this.#host.requestUpdate();
    });
  }
}
