/**
 * Storybook only: a URL that never answers, so the loading state and the time-out can be shown on
 * purpose. Every other request goes to the network untouched.
 */
export const PENDING_URL = 'story-data/never-answers.json';

export function installPendingUrl(): void {
  const real = window.fetch.bind(window);
  const marker = Symbol.for('withdrawal-widgets/storybook-pending-fetch');
  const w = window as unknown as Record<symbol, boolean>;
  if (w[marker]) return;
  w[marker] = true;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(PENDING_URL)) return real(input, init);
    // Waits until the caller gives up (the widget's time-out aborts the request).
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
    });
  };
}
