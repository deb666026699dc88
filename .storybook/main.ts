import type { StorybookConfig } from '@storybook/web-components-vite';

/** Stories run every element against the in-browser mock API, so the static build works offline. */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: {},
  // The project's Vite config builds the drop-in bundle; Storybook builds its own preview instead.
  viteFinal: async (viteConfig) => {
    if (viteConfig.build) delete (viteConfig.build as Record<string, unknown>)['rolldownOptions'];
    return viteConfig;
  },
};
export default config;
