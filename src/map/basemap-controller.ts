/**
 * Loads the basemap: the bundled one at once (no request), or the TopoJSON at the `basemap` URL.
 * A request in flight is aborted when the URL changes or the map leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_BASEMAP, toBasemap, type Basemap } from './geo.js';

export type BasemapState =
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'ready'; readonly basemap: Basemap }
  | { readonly status: 'error'; readonly url: string; readonly reason: string };

const BUNDLED: BasemapState = { status: 'ready', basemap: DEFAULT_BASEMAP };

export class BasemapController implements ReactiveController {
  state = BUNDLED;
  #url = '';
  #abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (url: string, reason: string) => void,
  ) {
    host.addController(this);
  }

  /** Ask for the map at `url` (empty: the bundled map). Does nothing when it is already the one. */
  use(url: string | undefined): void {
    const next = url?.trim() ?? '';
    if (next === this.#url) return;
    this.#url = next;
    this.#abort?.abort();
    this.state = next ? { status: 'loading', url: next } : BUNDLED;
    if (next) void this.#load(next);
  }

  async #load(url: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    let state: BasemapState;
    try {
      const res = await fetch(url, { signal: abort.signal });
      if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
      const json: unknown = await res.json().catch(() => {
        throw new Error('it is not JSON');
      });
      state = { status: 'ready', basemap: toBasemap(json) };
    } catch (e) {
      const reason = e instanceof TypeError ? 'the request failed (network or CORS)' : e instanceof Error ? e.message : String(e);
      state = { status: 'error', url, reason };
    }
    if (abort.signal.aborted) return;
    this.state = state;
    if (state.status === 'error') this.onError(url, state.reason);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Abort, and forget the URL of a map still loading so a reconnected map asks again.
    this.#abort?.abort();
    if (this.state.status === 'loading') this.#url = '';
  }

  hostConnected(): void {
    if (this.state.status === 'loading' && !this.#url) this.host.requestUpdate();
  }
}
