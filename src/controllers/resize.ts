/**
 * The rendered size of one element in the host's shadow root (found after each update by a
 * selector), measured with a ResizeObserver, so a widget can draw at its real pixel size. The size
 * is unknown until the element is first measured; the observer reports before the browser paints,
 * so a widget that waits for it draws once, at that size, and nothing is ever shown at another.
 * The host updates when the size changes; the observer is released when the host leaves the page.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export interface Size {
  readonly width: number;
  readonly height: number;
}

export class ResizeController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #selector: string;
  #size?: Size;
  #target?: Element;
  readonly #observer = new ResizeObserver(([entry]) => {
    const box = entry!.contentRect;
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    // An element not displayed measures 0: keep the size it had, or none.
    if (width < 1 || height < 1) return;
    if (width === this.#size?.width && height === this.#size.height) return;
    this.#size = { width, height };
    this.#host.requestUpdate();
  });

  constructor(host: ReactiveElement, selector: string) {
    this.#host = host;
    this.#selector = selector;
    host.addController(this);
  }

  /** The element's content box in whole CSS pixels; undefined until it has been measured. */
  get size(): Size | undefined {
    return this.#size;
  }

  /** Observe the element once it exists (or was replaced); not when the host left the page first. */
  hostUpdated(): void {
    const target = (this.#host.isConnected && this.#host.renderRoot.querySelector(this.#selector)) || undefined;
    if (target === this.#target) return;
    this.#observer.disconnect();
    this.#target = target;
    if (target) this.#observer.observe(target);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
    this.#target = undefined;
  }
}
