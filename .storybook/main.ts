import type { StorybookConfig } from '@storybook/react-vite';
import { alias } from '../tests/setup/alias.ts';

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs'],
  core: { disableTelemetry: true },
  async viteFinal(config) {
    config.resolve ??= {};
    const existing = Array.isArray(config.resolve.alias) ? config.resolve.alias : [];
    config.resolve.alias = [...alias, ...existing];
    return config;
  },
};
export default config;
