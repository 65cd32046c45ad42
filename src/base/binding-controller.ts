/**
 * Binds a widget to a story, in the contract's order: the `<withdrawal-data>` whose id the widget's
 * `source` names (also when that provider arrives later), else the nearest ancestor provider, else
 * the built-in default story. Speaks the @lit/context protocol to providers; cleans up on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import { storyContext, type StoryState } from '../context/story-context.js';
import { StoryStore } from '../provider/store.js';
import { defaultStore } from '../provider/default-story.js';

const PROVIDER_TAG = 'withdrawal-data';

type Host = ReactiveControllerHost & HTMLElement & { source?: string | undefined };

/** The nearest ancestor provider, looking through shadow roots. */
function ancestorProvider(el: Element): Element | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === PROVIDER_TAG) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export class BindingController implements ReactiveController {
  state: StoryState;
  #unsubscribe?: () => void;
  #waiting?: AbortController;

  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    this.state = new StoryStore('pending').state;
    host.addController(this);
  }

  hostConnected(): void {
    this.bind();
  }

  hostDisconnected(): void {
    this.#release();
  }

  /** (Re)bind, for example after `source` changed. */
  bind(): void {
    this.#release();
    const id = this.#host.source;
    const target = id ? this.#host.ownerDocument.getElementById(id) : ancestorProvider(this.#host);
    if (id || target) {
      if (target?.localName === PROVIDER_TAG && this.#request(target)) return;
      this.#waitFor(id ? `#${id}` : 'ancestor');
      return;
    }
    this.#unsubscribe = defaultStore().subscribe((s) => this.#set(s));
    this.#set(defaultStore().state);
  }

  #request(provider: Element): boolean {
    let answered = false;
    const event = new ContextEvent(
      storyContext,
      this.#host,
      (value, unsubscribe) => {
        answered = true;
        if (unsubscribe && this.#unsubscribe !== unsubscribe) {
          this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
        }
        this.#set(value);
      },
      true,
    );
    // Asking the provider itself works for ancestors and for providers elsewhere (by id) alike.
    provider.dispatchEvent(event);
    return answered;
  }

  /**
   * The provider is not there (or not upgraded) yet: wait for one to connect. A connecting provider
   * announces itself with the context protocol's `context-provider` event (ContextProvider sends it);
   * heard while capturing, as a provider around the new one stops its bubbling.
   */
  #waitFor(origin: string): void {
    this.#set(new StoryStore(origin).state);
    this.#waiting = new AbortController();
    this.#host.ownerDocument.addEventListener('context-provider', () => queueMicrotask(() => this.bind()), {
      signal: this.#waiting.signal,
      capture: true,
    });
  }

  #release(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#waiting?.abort();
    this.#waiting = undefined;
  }

  #set(state: StoryState): void {
    if (Object.is(state, this.state)) return;
    this.state = state;
    this.#host.requestUpdate();
  }
}
