import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { installDemoBackend } from '../src/demo/browser.js';
import manifest from '../dist/custom-elements.json';
import { forStorybook, settableControlsOnly } from './manifest.js';

// The static Storybook stands alone: the demo backend answers /matomo/ and /chat/ in the browser.
installDemoBackend();
setCustomElementsManifest(forStorybook(manifest));

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
  },
  argTypesEnhancers: [settableControlsOnly(manifest)],
  globalTypes: {
    theme: {
      description: "Widget theme for every story; reset, each story's theme control applies",
      toolbar: { title: 'Theme', items: [{ type: 'reset', title: "Each story's own" }, 'auto', 'light', 'dark'], dynamicTitle: true },
    },
  },
  decorators: [
    (story, context) => {
      const theme = context.globals.theme as string | undefined;
      const result = story();
      if (theme) queueMicrotask(() => {
        for (const el of document.querySelectorAll('activity-log, visits-chart, analytics-settings')) {
          if (!el.hasAttribute('data-story-theme-fixed')) el.setAttribute('theme', theme);
        }
      });
      return result;
    },
  ],
};

export default preview;
