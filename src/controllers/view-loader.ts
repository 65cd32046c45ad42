/**
 * Fetches a widget's view (its chunk) the first time the widget is on a page, and asks the widget
 * to update when the view has arrived (and adds it as a controller), or when it could not be fetched (then `failure` says why).
 * The browser's module map makes it one request per chunk per page, however many widgets ask.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { WidgetView } from '../base/widget-view.js';

export class ViewLoaderController<V extends WidgetView> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #load: () => Promise<V>;
  readonly #onArrival: (view: V) => void;
  #started = false;
  #view?: V;
  #failure?: string;

  /**
   * @param load imports the view's chunk and makes the view.
   * @param onArrival called once, when the view is there and before the update it asks for.
   */
  constructor(host: ReactiveControllerHost, load: () => Promise<V>, onArrival: (view: V) => void) {
    this.#host = host;
    this.#load = load;
    this.#onArrival = onArrival;
    host.addController(this);
  }

  /** The view, once it has arrived. */
  get view(): V | undefined {
    return this.#view;
  }

  /** Why the view could not be fetched, in plain words. */
  get failure(): string | undefined {
    return this.#failure;
  }

  hostConnected(): void {
    if (this.#started) return;
    this.#started = true;
    this.#load().then(
      (view) => {
        this.#view = view;
        // The view's own hooks (connected, disconnected) run from now on, as any controller's.
        this.#host.addController(view);
        this.#onArrival(view);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.#failure = error instanceof Error ? error.message : String(error);
        this.#host.requestUpdate();
      },
    );
  }
}
