// Storybook for the widgets: every state a newsroom meets, docs from custom-elements.json.
import type { StorybookConfig } from '@storybook/web-components-vite';

// No usage reports leave the machine (newsroom networks and CI are often closed).
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  staticDirs: [
    // Sample and broken stories the stories load by URL, and a world basemap for the sample story.
    { from: '../stories/data', to: '/story-data' },
    { from: '../node_modules/world-atlas', to: '/world-atlas' },
  ],
};
export default config;
