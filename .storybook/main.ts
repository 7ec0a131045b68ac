import type { StorybookConfig } from '@storybook/react-vite';

const config: StorybookConfig = {
  stories: ['../src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/react-vite', options: {} },
  // The mock's service worker, the seeded images and the site configuration.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
