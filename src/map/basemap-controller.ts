/**
 * Which basemap the map draws: the bundled one (Iraq and its neighbours, with the world's land for
 * the locator inset), a chunk of its own fetched once per page, or the TopoJSON at the `basemap`
 * URL. A request in flight is aborted when the URL changes or the map leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledBasemap, toBasemap, type Basemap, type BundledBasemapFile } from './geo.js';

let bundled: Basemap | undefined;
let bundledRequest: Promise<Basemap> | undefined;

/** The bundled basemap, fetched once per page whoever asks. */
function loadBundled(): Promise<Basemap> {
  bundledRequest ??= import('./basemap.json').then((file) => {
    bundled = bundledBasemap(file.default as unknown as BundledBasemapFile);
    return bundled;
  });
  return bundledRequest;
}

export class BasemapController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  /** Tells the page (the `withdrawal-error` event) that the map at a URL could not be used. */
  readonly #onFailure: (url: string, reason: string) => void;
  /** The URL asked for; empty for the bundled map. */
  #url = '';
  #custom?: Basemap;
  #failure?: string;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost, onFailure: (url: string, reason: string) => void) {
    this.#host = host;
    this.#onFailure = onFailure;
    host.addController(this);
  }

  /** The URL of the map asked for ('' for the bundled one). */
  get url(): string {
    return this.#url;
  }

  /** Why the map at `url` could not be used, in plain words. */
  get failure(): string | undefined {
    return this.#failure;
  }

  /** The map to draw; undefined while it is still on its way. */
  get basemap(): Basemap | undefined {
    return this.#url ? this.#custom : bundled;
  }

  /**
   * Whether the bundled basemap is here (every map needs it, for the locator at least). When not,
   * fetch it and update the host once it arrives.
   */
  prepare(): boolean {
    if (bundled) return true;
    void loadBundled().then(() => this.#host.requestUpdate());
    return false;
  }

  /** Ask for the map at a URL (empty: the bundled map), unless it is already the one asked for. */
  use(url: string): void {
    if (url === this.#url) return;
    this.#url = url;
    this.#abort?.abort();
    this.#failure = undefined;
    this.#custom = undefined;
    if (url) void this.#load(url);
  }

  hostConnected(): void {
    // Back on the page while its map was still loading: ask for it again.
    if (this.#url && !this.#custom && !this.#failure) {
      const url = this.#url;
      this.#url = '';
      this.use(url);
    }
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  async #load(url: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    let map: Basemap | undefined;
    let failure: string | undefined;
    try {
      const world = (await loadBundled()).world;
      const response = await fetch(url, { signal: abort.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      const json: unknown = await response.json().catch(() => {
        throw new Error('it is not JSON');
      });
      map = toBasemap(json, world);
    } catch (e) {
      failure =
        e instanceof TypeError ? 'the request failed (network or CORS)' : e instanceof Error ? e.message : String(e);
    }
    if (abort.signal.aborted) return;
    this.#custom = map;
    this.#failure = failure;
    if (failure) this.#onFailure(url, failure);
    this.#host.requestUpdate();
  }
}
