import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/embed/share-panel.define.js';

interface Args {
  widget: 'activity-log' | 'visits-chart' | 'analytics-settings';
  configuration: Record<string, string | boolean>;
  baseUrl: string;
  closable: boolean;
  compact: boolean;
  theme: 'auto' | 'light' | 'dark';
  locale?: string;
  /** The widget a panel shares (a widget gives it; here `widget` and `configuration` stand in): no control. */
  target?: unknown;
  /** A language of the story's own (the toolbar's otherwise). */
  lang?: string;
  width?: string;
}

const meta: Meta<Args> = {
  title: 'Embedding/Share panel',
  component: 'dw-share-panel',
  tags: ['autodocs'],
  args: {
    widget: 'visits-chart',
    configuration: { 'api-base': 'https://matomo.example.com/', 'site-id': '1,2', period: 'week' },
    baseUrl: 'https://widgets.example.com/',
    closable: true,
    compact: false,
    theme: 'auto',
  },
  argTypes: {
    widget: { control: 'inline-radio', options: ['activity-log', 'visits-chart', 'analytics-settings'] },
    configuration: { control: 'object', description: 'The configuration to share, by attribute name (what a widget gives as `target`).' },
    baseUrl: { control: 'text', description: 'Where `embed.html` and `cdn/` are hosted (`base-url`).' },
    closable: { control: 'boolean' },
    compact: { control: 'boolean' },
    locale: { control: 'text', description: 'The panel\'s own locale (its widget\'s otherwise).' },
    target: { control: false },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    width: { control: 'text', description: 'Width of the story frame (e.g. `360px`).' },
  },
  parameters: {
    // Values the Storybook smoke check types into the text and object controls (scripts/storybook-smoke.mjs).
    controlSamples: {
      configuration: [{ 'api-base': 'https://matomo.example.com/', 'site-id': '3', period: 'month' }, { 'api-base': 'https://matomo.example.com/', 'site-id': '1,2', period: 'week' }],
      baseUrl: ['https://cdn.example.net/widgets/', 'https://widgets.example.com/'],
      locale: ['de-DE', 'en-US'],
      lang: ['fr', 'ar'],
      width: ['360px', '600px'],
    },
    docs: {
      description: {
        component:
          "The panel every widget's **Share / embed** button opens, here on its own (`widget` and `configuration` in place of a widget `target`). It speaks its widget's language: pick one in the toolbar.",
      },
    },
  },
  render: (args) => html`<div lang=${ifDefined(args.lang)} style=${styleMap({ maxWidth: args.width ?? 'none' })}>
    <dw-share-panel
      widget=${args.widget}
      .configuration=${args.configuration}
      base-url=${args.baseUrl}
      ?closable=${args.closable}
      ?compact=${args.compact}
      theme=${args.theme}
      locale=${ifDefined(args.locale || undefined)}
    ></dw-share-panel>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The chart: its controls can be given to the recipient. */
export const VisitsChart: Story = {};

/** The activity log: a view-only token shows only its own user's activities. */
export const ActivityLog: Story = { args: { widget: 'activity-log', configuration: { 'api-base': 'https://matomo.example.com/', 'page-size': '25' } } };

/** The settings form, shared read-only, with a Rocket.Chat user id beside the token. */
export const AnalyticsSettings: Story = { args: { widget: 'analytics-settings', configuration: { 'api-base': 'https://chat.example.com/' } } };

/** The files' address could not be found: the panel asks for it. */
export const HostingUnknown: Story = { args: { baseUrl: '' } };

/** 360 px wide: the copy buttons go under their snippets. */
export const Narrow: Story = { args: { width: '360px' } };

/** Dark. */
export const Dark: Story = { args: { theme: 'dark' } };

/** In German, whatever the toolbar says. */
export const German: Story = { args: { lang: 'de' }, tags: ['own-language'] };

/** In Arabic, right to left (its words come with its catalogue; until then English, right to left). */
export const Arabic: Story = { args: { lang: 'ar' }, tags: ['own-language'] };
