import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import { installDemoBackend } from '../src/demo/browser.js';
import manifest from '../dist/custom-elements.json';
import { forStorybook, settableControlsOnly } from './manifest.js';

// The static Storybook stands alone: the demo backend answers /matomo/ and /chat/ in the browser.
installDemoBackend();
setCustomElementsManifest(forStorybook(manifest));

/**
 * The languages of the toolbar: English, the ten others the library ships (each fetched once, when
 * first picked, with its dates, numbers and direction; Arabic right to left), and the pseudo-locale
 * that shows every word that bypassed the catalogue (see README, Languages).
 */
const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'de', title: 'Deutsch' },
  { value: 'fr', title: 'Français' },
  { value: 'es', title: 'Español' },
  { value: 'it', title: 'Italiano' },
  { value: 'nl', title: 'Nederlands' },
  { value: 'pt-BR', title: 'Português (Brasil)' },
  { value: 'pl', title: 'Polski' },
  { value: 'ja', title: '日本語' },
  { value: 'zh-Hans', title: '简体中文' },
  { value: 'ar', title: 'العربية', right: 'RTL' },
  { value: 'en-XA', title: 'Pseudo-locale (en-XA)', right: '⟦…⟧' },
];

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
    locale: {
      description: 'The language around the story (its lang attribute)',
      toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en' },
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
    // The language around the story: the elements inside resolve theirs from it (a story may set its own).
    (story, context) => html`<div lang=${(context.globals.locale as string) || 'en'}>${story()}</div>`,
  ],
};

export default preview;
