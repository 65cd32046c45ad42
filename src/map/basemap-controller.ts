/**
 * Loads the basemap: the bundled one at once (no request), or the TopoJSON at the `basemap` URL.
 * A request in flight is aborted when the URL changes or the map leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_BASEMAP, toBasemap, type Basemap } from './geo.js';

export class BasemapController implements ReactiveController {
  /** The map to draw; undefined while it loads or when it failed. */
  map?: Basemap | undefined = DEFAULT_BASEMAP;
  /** Why the map at `url` could not be used, in plain words. */
  failure?: string | undefined;
  /** The URL asked for; empty for the bundled map. */
  url = '';
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
    if (next === this.url) return;
    this.url = next;
    this.#abort?.abort();
    this.failure = undefined;
    this.map = next ? undefined : DEFAULT_BASEMAP;
    if (next) void this.#load(next);
  }

  async #load(url: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    let map: Basemap | undefined;
    let failure: string | undefined;
    try {
      const res = await fetch(url, { signal: abort.signal });
      if (!res.ok) throw new Error(`the server answered ${res.status} ${res.statusText}`.trim());
      map = toBasemap(
        await res.json().catch(() => {
          throw new Error('it is not JSON');
        }),
      );
    } catch (e) {
      failure = e instanceof TypeError ? 'the request failed (network or CORS)' : e instanceof Error ? e.message : String(e);
    }
    if (abort.signal.aborted) return;
    this.map = map;
    this.failure = failure;
    if (failure) this.onError(url, failure);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    // Abort, and forget the URL of a map still loading so a reconnected map asks again.
    this.#abort?.abort();
    if (!this.map && !this.failure) this.url = '';
  }

  hostConnected(): void {
    if (!this.map && !this.url) this.host.requestUpdate();
  }
}
