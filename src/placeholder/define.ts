/**
 * Starts the page-wide placeholder watcher, once per document even when the bundle is loaded twice
 * (two URLs, two versions): the first copy to run marks the document.
 */
import { watchPlaceholders } from './watch.js';

const STARTED = Symbol.for('withdrawal-widgets.placeholders');
type Marked = Document & { [STARTED]?: true };

if (typeof document !== 'undefined' && !(document as Marked)[STARTED]) {
  (document as Marked)[STARTED] = true;
  watchPlaceholders(document);
}

export { watchPlaceholders };
export { upgradePlaceholder, upgradeAll } from './upgrade.js';
