/**
 * Upgrades placeholders present when the page is parsed and those added later (infinite scroll,
 * lazy-loaded article bodies, a CMS preview that swaps content), through one MutationObserver.
 */
import { PLACEHOLDER_SELECTOR, upgradeAll } from './upgrade.js';

/**
 * Upgrade the placeholders under `root` now and whenever some are added; returns a function that
 * stops watching. The page-wide watcher started by the bundle lives as long as the page: it belongs
 * to no element, so no element's disconnect may end it.
 */
export function watchPlaceholders(root: Document | Element): () => void {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (
          node instanceof Element &&
          node.isConnected &&
          (node.matches(PLACEHOLDER_SELECTOR) || node.firstElementChild)
        )
          upgradeAll(node);
      }
    }
  });
  const start = () => {
    upgradeAll(root);
    observer.observe(root, { childList: true, subtree: true });
  };
  const doc = root instanceof Document ? root : root.ownerDocument;
  let started = doc.readyState !== 'loading';
  // While the page is parsed a data placeholder's children may not be there yet: wait for them.
  if (started) start();
  else
    doc.addEventListener(
      'DOMContentLoaded',
      () => {
        if (!started) {
          started = true;
          start();
        }
      },
      { once: true },
    );
  return () => {
    started = true;
    observer.disconnect();
  };
}
