import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { installDemoBackend } from '../src/demo/browser.js';
import manifest from '../dist/custom-elements.json';
import { forStorybook } from './manifest.js';

// The static Storybook stands alone: the demo backend answers /matomo/ and /chat/ in the browser.
installDemoBackend();
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    theme: {
      description: 'Widget theme',
      toolbar: { title: 'Theme', items: ['auto', 'light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'auto' },
  decorators: [
    (story, context) => {
      const theme = context.globals.theme as string;
      const result = story();
      queueMicrotask(() => {
        for (const el of document.querySelectorAll('activity-log, visits-chart, analytics-settings')) {
          if (!el.hasAttribute('data-story-theme-fixed')) el.setAttribute('theme', theme);
        }
      });
      return result;
    },
  ],
};

export default preview;
