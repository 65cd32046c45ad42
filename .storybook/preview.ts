// Defines the elements, feeds the manifest to the docs pages and controls, and sets the page up.
import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import { BaseMap, MilestoneCountdown, WithdrawalData, WithdrawalTimeline } from '../src/index.js';
import { define } from '../src/base/define.js';
import { installPendingUrl } from '../stories/support/pending-fetch.js';

// package.json `sideEffects` names only the built files, so the production bundler drops a bare
// `import '../src/index.js'` of the sources: define the elements here, explicitly.
define('withdrawal-data', WithdrawalData);
define('withdrawal-timeline', WithdrawalTimeline);
define('base-map', BaseMap);
define('milestone-countdown', MilestoneCountdown);

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
