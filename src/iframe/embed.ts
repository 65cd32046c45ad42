/**
 * The script of `dist/embed.html`, the iframe embed for CMSes that strip `<script>` from articles.
 * It shows one widget chosen by URL parameters (see options.ts), posts the page's height to the
 * parent whenever it changes (Datawrapper, pym.js, WordPress and this library's own message), and
 * carries the selected event to and from the parent so the parent's `#event-<id>` can deep-link.
 * This is a whole page, not a widget: its observer and listeners live as long as the iframe.
 */
import type { WithdrawalData } from '../provider/withdrawal-data.js';
import type { WithdrawalSelectDetail } from '../base/events.js';
import { directionOf } from '../i18n/locale.js';
import { readOptions } from './options.js';
import { EMBED_KEY, heightMessages, readParentMessage, type EmbedMessage } from './protocol.js';

const options = readOptions(location);
const framed = window.parent !== window;
const post = (message: unknown) => {
  if (framed) window.parent.postMessage(message, '*');
};

if (options.lang) {
  document.documentElement.lang = options.lang;
  document.documentElement.dir = directionOf(options.lang);
}
const provider = document.createElement('withdrawal-data') as WithdrawalData;
if (options.src) provider.setAttribute('src', options.src);
if (options.now) provider.setAttribute('now', options.now);
const widget = document.createElement(options.tag);
widget.classList.add('embedded');
if (options.theme) widget.setAttribute('theme', options.theme);
provider.append(widget);
document.body.append(provider);

let lastHeight = -1;
function reportHeight(force = false): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  if (height === lastHeight && !force) return;
  lastHeight = height;
  for (const message of heightMessages(height, options)) post(message);
}
new ResizeObserver(() => reportHeight()).observe(document.body);

/** Resolves once the widget shows its story (or gives up quietly after the loader's time-out). */
async function ready(): Promise<boolean> {
  await customElements.whenDefined(options.tag);
  for (let i = 0; i < 300 && !widget.matches(':state(ready)'); i++) {
    if (widget.matches(':state(error)')) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return widget.matches(':state(ready)');
}

/** The latest selection asked for: one that a later one overtook while waiting is dropped. */
let latestSelect = 0;

async function select(eventId: string | null): Promise<void> {
  // The timeline applies its own `selected` once its story is there.
  if (options.tag === 'withdrawal-timeline') {
    if (eventId) widget.setAttribute('selected', eventId);
    else widget.removeAttribute('selected');
    return;
  }
  const asked = ++latestSelect;
  if (!(await ready()) || asked !== latestSelect) return;
  const state = provider.state;
  const event = eventId ? state.story?.eventById.get(eventId) : undefined;
  const milestone = event ? state.story?.milestones.find((m) => m.events.includes(event.id)) : undefined;
  state.select(
    event
      ? { eventId: event.id, locationIds: [...event.places], ...(milestone ? { milestoneId: milestone.id } : {}) }
      : { locationIds: [] },
  );
}

// A reader's selection inside the iframe goes up, so the parent can put it in its URL hash.
document.addEventListener('withdrawal-select', (e) => {
  const { eventId } = (e as CustomEvent<WithdrawalSelectDetail>).detail;
  latestSelect++; // a reader's choice overtakes a selection still waiting for the widget
  post({ [EMBED_KEY]: { id: options.id, selected: eventId ?? null } satisfies EmbedMessage });
});

// The parent's resize snippet says hello (and passes its hash's event) once it sees this iframe.
window.addEventListener('message', (e) => {
  if (e.source !== window.parent) return;
  const message = readParentMessage(e.data);
  if (!message) return;
  reportHeight(true);
  if (message.selected !== undefined) void select(message.selected);
});

if (options.selected) void select(options.selected);
