/**
 * The host-page snippet for pages with no resizer of their own (built to dist/embed-resize.js, at
 * most 1 KB): sizes each withdrawal-widgets iframe to its content through the `height` attribute
 * (no inline style, so it works under a strict style-src), and deep-links the selected event
 * through the page's `#event-<id>`, keeping several embeds on one page in step.
 */
((): void => {
  const KEY = 'withdrawal-embed';
  const ID = /^[\w.:-]{1,100}$/;
  const known = new WeakSet<HTMLIFrameElement>();
  const frames = (): HTMLIFrameElement[] => [...document.querySelectorAll('iframe')].filter((f) => known.has(f));
  const fromHash = (): string | null => /^#event-([\w.:-]{1,100})$/.exec(location.hash)?.[1] ?? null;
  const tell = (frame: HTMLIFrameElement, selected: string | null): void =>
    frame.contentWindow?.postMessage({ [KEY]: { selected } }, '*');

  addEventListener('message', (e: MessageEvent) => {
    const m: unknown = e.data?.[KEY];
    if (!m || typeof m !== 'object') return;
    const frame = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
    if (!frame) return;
    const { height, selected } = m as { height?: unknown; selected?: unknown };
    if (!known.has(frame)) {
      known.add(frame);
      const id = fromHash();
      if (id) tell(frame, id);
    }
    if (typeof height === 'number' && height > 0 && height < 1e5)
      frame.setAttribute('height', String(Math.ceil(height)));
    if (selected === null || (typeof selected === 'string' && ID.test(selected))) {
      history.replaceState(history.state, '', selected ? `#event-${selected}` : location.pathname + location.search);
      for (const other of frames()) if (other !== frame) tell(other, selected);
    }
  });
  addEventListener('hashchange', () => {
    for (const frame of frames()) tell(frame, fromHash());
  });
})();
