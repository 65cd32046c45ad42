/**
 * Measures the map's frame with a ResizeObserver so the map is drawn at its real pixel size (labels
 * stay legible at 320 px instead of shrinking with a scaled viewBox). The frame's CSS aspect-ratio
 * fixes its height before anything is measured, so nothing shifts when the map appears.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ResizeController implements ReactiveController {
  width: number;
  height: number;
  #observer?: ResizeObserver;
  #target?: Element;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly find: () => Element | null | undefined,
    fallback: [number, number],
  ) {
    [this.width, this.height] = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (!box || box.width < 1 || box.height < 1) return;
      const w = Math.round(box.width);
      const h = Math.round(box.height);
      if (w === this.width && h === this.height) return;
      this.width = w;
      this.height = h;
      this.host.requestUpdate();
    });
    this.#target = undefined;
  }

  /** The frame is rendered by the host, so start observing once it exists (or is replaced). */
  hostUpdated(): void {
    const target = this.find() ?? undefined;
    if (target === this.#target || !this.#observer) return;
    if (this.#target) this.#observer.unobserve(this.#target);
    this.#target = target;
    if (target) this.#observer.observe(target);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#target = undefined;
  }
}
