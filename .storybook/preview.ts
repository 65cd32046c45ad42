// Defines the elements, feeds the manifest to the docs pages and controls, and sets the page up.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';
import { installPendingUrl } from '../stories/support/pending-fetch.js';

setCustomElementsManifest(manifest);
installPendingUrl();

const preview: Preview = {
  parameters: {
    controls: { expanded: true, matchers: { date: /^(now|date)$/ } },
    a11y: { test: 'error' },
    layout: 'padded',
  },
};
export default preview;
