/**
 * Loading a story over the network: one request per URL per page, however many providers (and
 * however many copies of this library) ask for it, with a time-out and plain-language failures.
 */

export interface LoadedText {
  readonly url: string;
  readonly text: string;
}

export class LoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}

// Shared through a global symbol so two copies of the bundle on one page share one request.
const CACHE_KEY = Symbol.for('withdrawal-widgets/request-cache');
type Cache = Map<string, Promise<LoadedText>>;
function cache(): Cache {
  const g = globalThis as unknown as Record<symbol, Cache | undefined>;
  return (g[CACHE_KEY] ??= new Map());
}

export const DEFAULT_TIMEOUT_MS = 10_000;

async function request(url: string, timeoutMs: number): Promise<LoadedText> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch {
      if (controller.signal.aborted) {
        throw new LoadError(`${url} did not answer within ${Math.round(timeoutMs / 100) / 10} seconds.`, url);
      }
      throw new LoadError(`${url} could not be reached (network error or blocked by the browser).`, url);
    }
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new LoadError(`${url} answered ${status}: no story there.`, url);
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      throw new LoadError(
        controller.signal.aborted
          ? `${url} did not finish within ${Math.round(timeoutMs / 100) / 10} seconds.`
          : `${url} broke off while loading.`,
        url,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (/text\/html/i.test(type) || /^\s*<(?:!doctype|html|head|body)/i.test(text)) {
      throw new LoadError(`${url} returned a web page (HTML), not story JSON. Check the address.`, url);
    }
    return { url, text };
  } finally {
    clearTimeout(timer);
  }
}

/** The text at `url`, fetched once per page; a failed request is forgotten so it can be retried. */
export function loadText(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LoadedText> {
  const absolute = new URL(url, document.baseURI).href;
  const requests = cache();
  let pending = requests.get(absolute);
  if (!pending) {
    pending = request(absolute, timeoutMs);
    requests.set(absolute, pending);
    pending.catch(() => requests.delete(absolute));
  }
  return pending;
}
