/**
 * Loading a story over the network: one request per URL per page, however many providers (and
 * however many copies of this library) ask for it, with a time-out and plain-language failures.
 */

export interface LoadedText {
  readonly url: string;
  readonly text: string;
}

/**
 * A failure to load, in plain words; `url` is the absolute URL asked for. Requests reject with an
 * Error carrying these two fields (every version of the bundle has), whichever copy made them.
 */
export interface LoadFailure {
  readonly message: string;
  readonly url: string;
}

const failure = (message: string, url: string): Error & LoadFailure => Object.assign(new Error(message), { url });

// Shared through a global symbol so two copies of the bundle on one page share one request.
const CACHE_KEY = Symbol.for('withdrawal-widgets/request-cache');
type Cache = Map<string, Promise<LoadedText>>;

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * Fetch a story's text; a failure rejects with a LoadFailure. (Copies of the bundle share these
 * promises through the cache, so this is the protocol between versions: keep it.)
 */
async function request(url: string, timeoutMs: number): Promise<LoadedText> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response | undefined;
  let error: string;
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    if (response.ok) {
      const text = await response.text();
      const type = response.headers.get('content-type') ?? '';
      if (!/text\/html/i.test(type) && !/^\s*<(?:!doctype|html|head|body)/i.test(text)) return { url, text };
      error = 'returned a web page (HTML), not story JSON. Check the address.';
    } else {
      error = `answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: no story there.`;
    }
  } catch {
    // Before the response came (no answer), or while its body was read (broken off).
    error = controller.signal.aborted
      ? `did not ${response ? 'finish' : 'answer'} within ${Math.round(timeoutMs / 100) / 10} seconds.`
      : response
        ? 'broke off while loading.'
        : 'could not be reached (network error or blocked by the browser).';
  } finally {
    clearTimeout(timer);
  }
  throw failure(`${url} ${error}`, url);
}

/** The text at `url`, fetched once per page; a failed request is forgotten so it can be retried. */
export function loadText(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LoadedText> {
  let absolute: string;
  try {
    absolute = new URL(url, document.baseURI).href;
  } catch {
    return Promise.reject(failure(`${url} is not a web address: no story can be loaded from it.`, url));
  }
  const requests = ((globalThis as unknown as Record<symbol, Cache | undefined>)[CACHE_KEY] ??= new Map());
  let pending = requests.get(absolute);
  if (!pending) {
    pending = request(absolute, timeoutMs);
    requests.set(absolute, pending);
    pending.catch(() => requests.delete(absolute));
  }
  return pending;
}
