/**
 * Whether the page is being printed, for a host that shows something only on paper and should not
 * prepare it on screen. Printing is the time from `beforeprint` to `afterprint` (a reader printing,
 * or saving a PDF), or while the `print` media query matches (print emulated by developer tools or
 * a test). The host updates whenever that changes: on `beforeprint` the update runs in the
 * microtasks right after the event, before the page is laid out for paper. Every listener is
 * released on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #printQuery?: MediaQueryList;
  /** Between `beforeprint` and `afterprint`. */
  #printEvent = false;
  #abort?: AbortController;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /** True while the page is being printed. */
  get printing(): boolean {
    return this.#printEvent || (this.#printQuery?.matches ?? false);
  }

  hostConnected(): void {
    const window = this.#host.ownerDocument.defaultView;
    if (!window) return;
    this.#abort = new AbortController();
    const options = { signal: this.#abort.signal };
    this.#printQuery = window.matchMedia('print');
    this.#printQuery.addEventListener('change', () => this.#host.requestUpdate(), options);
    window.addEventListener('beforeprint', () => this.#setPrintEvent(true), options);
    window.addEventListener('afterprint', () => this.#setPrintEvent(false), options);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
    this.#printEvent = false;
  }

  #setPrintEvent(printing: boolean): void {
    this.#printEvent = printing;
    this.#host.requestUpdate();
  }
}
