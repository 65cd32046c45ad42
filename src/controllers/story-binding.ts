/**
 * Binds a widget to its story, in the contract's order: the `<withdrawal-data>` whose id the
 * widget's `source` names (anywhere in the document, also when that provider arrives later), else
 * its nearest ancestor provider, else the built-in default story. It speaks the @lit/context
 * protocol, hands every new state to `onState`, and lets go of everything on disconnect.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import { storyContext, type StoryState } from '../context/story-context.js';
import { StoryStore } from '../store/story-store.js';
import { defaultStore } from '../store/default-story.js';

const PROVIDER_TAG = 'withdrawal-data';

type Host = ReactiveControllerHost & HTMLElement & { source?: string };

/** The nearest ancestor provider, looking through shadow roots. */
function ancestorProvider(el: Element): Element | null {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.localName === PROVIDER_TAG) return node;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

export class StoryBindingController implements ReactiveController {
  readonly #host: Host;
  readonly #onState: (state: StoryState) => void;
  #unsubscribe?: () => void;
  #waiting?: AbortController;

  constructor(host: Host, onState: (state: StoryState) => void) {
    this.#host = host;
    this.#onState = onState;
    host.addController(this);
  }

  hostConnected(): void {
    this.rebind();
  }

  hostDisconnected(): void {
    this.#release();
  }

  /** Bind again, for example after `source` changed. */
  rebind(): void {
    this.#release();
    const id = this.#host.source;
    const target = id ? this.#host.ownerDocument.getElementById(id) : ancestorProvider(this.#host);
    if (!id && !target) {
      const store = defaultStore();
      this.#unsubscribe = store.subscribe(this.#onState);
      this.#onState(store.state);
      return;
    }
    if (target?.localName === PROVIDER_TAG && this.#request(target)) return;
    this.#waitFor(id ? `#${id}` : 'ancestor');
  }

  /** Ask the provider itself for the story: works for ancestors and for providers found by id. */
  #request(provider: Element): boolean {
    let answered = false;
    provider.dispatchEvent(
      new ContextEvent(
        storyContext,
        this.#host,
        (value, unsubscribe) => {
          answered = true;
          if (unsubscribe && this.#unsubscribe !== unsubscribe) {
            this.#unsubscribe?.();
            this.#unsubscribe = unsubscribe;
          }
          this.#onState(value);
        },
        true,
      ),
    );
    return answered;
  }

  /**
   * The provider is not there (or not upgraded) yet: wait for one to connect. A connecting provider
   * announces itself with the context protocol's `context-provider` event (ContextProvider sends it);
   * heard while capturing, as a provider around the new one stops its bubbling.
   */
  #waitFor(origin: string): void {
    this.#onState(new StoryStore(origin).state);
    this.#waiting = new AbortController();
    this.#host.ownerDocument.addEventListener('context-provider', () => queueMicrotask(() => this.rebind()), {
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
}
