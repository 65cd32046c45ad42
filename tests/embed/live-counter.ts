/**
 * Counts what is live on a page: pending timeouts, intervals, animation frames, observers that
 * observe something, and event listeners on targets that outlive a widget (window, document,
 * connected elements, media queries). Installed by wrapping the globals; `restore` unwraps them.
 */
interface Snapshot {
  total: number;
  detail: Record<string, number>;
}

export function installLiveCounter(): { snapshot(): Snapshot; restore(): void } {
  const w = window as unknown as Record<string, unknown>;
  const saved: [object, string, unknown][] = [];
  const swap = (obj: object, key: string, value: unknown) => {
    saved.push([obj, key, (obj as Record<string, unknown>)[key]]);
    (obj as Record<string, unknown>)[key] = value;
  };

  const timeouts = new Set<number>();
  const intervals = new Set<number>();
  const frames = new Set<number>();
  const origSetTimeout = window.setTimeout.bind(window);
  const origClearTimeout = window.clearTimeout.bind(window);
  const origSetInterval = window.setInterval.bind(window);
  const origClearInterval = window.clearInterval.bind(window);
  const origRaf = window.requestAnimationFrame.bind(window);
  const origCaf = window.cancelAnimationFrame.bind(window);
  swap(window, 'setTimeout', (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = origSetTimeout(
      (...a: unknown[]) => {
        timeouts.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...args,
    );
    timeouts.add(id);
    return id;
  });
  swap(window, 'clearTimeout', (id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    origClearTimeout(id);
  });
  swap(window, 'setInterval', (fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = origSetInterval(fn, ms, ...args);
    intervals.add(id);
    return id;
  });
  swap(window, 'clearInterval', (id?: number) => {
    if (id !== undefined) intervals.delete(id);
    origClearInterval(id);
  });
  swap(window, 'requestAnimationFrame', (fn: FrameRequestCallback) => {
    const id = origRaf((t) => {
      frames.delete(id);
      fn(t);
    });
    frames.add(id);
    return id;
  });
  swap(window, 'cancelAnimationFrame', (id: number) => {
    frames.delete(id);
    origCaf(id);
  });

  const observing = new Map<object, Set<unknown>>();
  for (const name of ['ResizeObserver', 'IntersectionObserver', 'MutationObserver'] as const) {
    const Orig = w[name] as { new (...a: never[]): { observe(t: unknown, o?: unknown): void; disconnect(): void } };
    const proto = Orig.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const observe = proto['observe']!;
    const unobserve = proto['unobserve'];
    const disconnect = proto['disconnect']!;
    const Counted = class extends (Orig as unknown as { new (...a: unknown[]): object }) {};
    const p = Counted.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    Object.defineProperty(Counted, 'name', { value: name });
    p['observe'] = function (this: object, target: unknown, ...rest: unknown[]) {
      if (!observing.has(this)) observing.set(this, new Set());
      observing.get(this)!.add(target);
      return observe.call(this, target, ...rest);
    };
    if (unobserve) {
      p['unobserve'] = function (this: object, target: unknown) {
        observing.get(this)?.delete(target);
        if (observing.get(this)?.size === 0) observing.delete(this);
        return unobserve.call(this, target);
      };
    }
    p['disconnect'] = function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    };
    swap(window, name, Counted);
  }

  // Listeners: keyed by target, type, listener and capture, removed by removeEventListener or by
  // their AbortSignal, as the platform does.
  const listeners = new Map<EventTarget, Set<string>>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (o: object) => ids.get(o) ?? (ids.set(o, ++next), next);
  const keyOf = (type: string, fn: unknown, opts: unknown) =>
    `${type}|${(fn && typeof fn === 'object') || typeof fn === 'function' ? idOf(fn as object) : String(fn)}|${typeof opts === 'boolean' ? opts : !!(opts as AddEventListenerOptions | undefined)?.capture}`;
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const drop = (target: EventTarget, key: string) => {
    listeners.get(target)?.delete(key);
    if (listeners.get(target)?.size === 0) listeners.delete(target);
  };
  swap(
    EventTarget.prototype,
    'addEventListener',
    function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
      const key = keyOf(type, fn, opts);
      const o = typeof opts === 'object' ? (opts as AddEventListenerOptions) : undefined;
      if (fn && !o?.signal?.aborted && !(this instanceof AbortSignal)) {
        if (!listeners.has(this)) listeners.set(this, new Set());
        listeners.get(this)!.add(key);
        o?.signal && add.call(o.signal, 'abort', () => drop(this, key), { once: true });
        if (o?.once) add.call(this, type, () => drop(this, key), { once: true, capture: !!o.capture });
      }
      return add.call(this, type, fn as EventListener, opts as AddEventListenerOptions);
    },
  );
  swap(
    EventTarget.prototype,
    'removeEventListener',
    function (this: EventTarget, type: string, fn: unknown, opts?: unknown) {
      drop(this, keyOf(type, fn, opts));
      return remove.call(this, type, fn as EventListener, opts as EventListenerOptions);
    },
  );

  /** Targets that stay after a widget is gone: anything not a node, or a node still in the page. */
  const lasting = (t: EventTarget) => !(t instanceof Node) || t.isConnected;

  return {
    snapshot() {
      let onPage = 0;
      for (const [t, set] of listeners) if (lasting(t)) onPage += set.size;
      const detail = {
        timeouts: timeouts.size,
        intervals: intervals.size,
        frames: frames.size,
        observers: observing.size,
        listeners: onPage,
      };
      return { total: Object.values(detail).reduce((a, b) => a + b, 0), detail };
    },
    restore() {
      for (const [obj, key, value] of saved.reverse()) (obj as Record<string, unknown>)[key] = value;
    },
  };
}
