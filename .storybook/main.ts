import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // Pictures for the demo users at /avatars/<sha256 of the e-mail>, and the demo Matomo's own at
  // /matomo/plugins/ActivityLog/images/avatarN.png (as its avatarImage draws them; an <img> does not go
  // through the demo backend's fetch), for the stories with avatars on.
  staticDirs: [{ from: '../stories/assets', to: '/' }],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
