/**
 * Measures the map's frame with a ResizeObserver so the map is drawn at its real pixel size (labels
 * stay legible at 320 px instead of shrinking with a scaled viewBox). The frame's CSS aspect-ratio
 * fixes its height before anything is measured, so nothing shifts when the map appears.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width = 640;
  height = 480;
  #target?: Element | undefined;
  readonly #observer = new ResizeObserver((entries) => {
    const box = entries[entries.length - 1]!.contentRect;
    const w = Math.round(box.width);
    const h = Math.round(box.height);
    if (w < 1 || h < 1 || (w === this.width && h === this.height)) return;
    this.width = w;
    this.height = h;
    this.host.requestUpdate();
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: () => Element | null | undefined,
  ) {
    host.addController(this);
  }

  /**
   * The frame is rendered by the host, so start observing once it exists (or is replaced); not
   * when the host was removed before this update ran.
   */
  hostUpdated(): void {
    const target = (this.host.isConnected && this.find()) || undefined;
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
