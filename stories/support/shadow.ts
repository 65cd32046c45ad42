/** Helpers for `play` functions: reach into a widget's shadow root the way a host page's test would. */
export function inShadow<T extends Element = Element>(host: Element | null, selector: string): T[] {
  return [...(host?.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

export function widget<K extends keyof HTMLElementTagNameMap>(root: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const el = root.querySelector(tag);
  if (!el) throw new Error(`<${tag}> is not on the page`);
  return el;
}

/** True when the element is in the given custom state (`:state(ready)`). */
export function inState(el: Element, state: 'loading' | 'ready' | 'error'): boolean {
  try {
    return el.matches(`:state(${state})`);
  } catch {
    return false;
  }
}

/** Options for `waitFor` in play functions: generous, because a busy machine renders slowly. */
export const SLOW = { timeout: 15_000 } as const;
