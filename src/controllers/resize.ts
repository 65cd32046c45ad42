/**
 * The rendered size of one element in the host's shadow root (found after each update by a
 * selector), measured with a ResizeObserver, so a widget can draw at its real pixel size. The host
 * updates when the size changes; the observer is released when the host leaves the page.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export class ResizeController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #selector: string;
  #width: number;
  #height: number;
  #target?: Element;
  readonly #observer = new ResizeObserver(([entry]) => {
    const box = entry!.contentRect;
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width < 1 || height < 1 || (width === this.#width && height === this.#height)) return;
    this.#width = width;
    this.#height = height;
    this.#host.requestUpdate();
  });

  /** @param initial the size assumed until the element is first measured. */
  constructor(host: ReactiveElement, selector: string, initial: { width: number; height: number }) {
    this.#host = host;
    this.#selector = selector;
    this.#width = initial.width;
    this.#height = initial.height;
    host.addController(this);
  }

  get width(): number {
    return this.#width;
  }

  get height(): number {
    return this.#height;
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
