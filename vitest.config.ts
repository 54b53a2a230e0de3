import './tests/setup/polyfills.ts';
import { defineConfig } from 'vitest/config';
import { playwright } from '@vitest/browser-playwright';
import { alias } from './tests/setup/alias.ts';
import { chromiumPath, chromiumArgs } from './tests/setup/chromium.ts';

/**
 * Test layers, each a Vitest project:
 * - core, tokens, content: pure logic and data in Node.
 * - react: components with Testing Library in happy-dom (behaviour, property-based bad input).
 * - browser: components in real Chromium (layout, keyboard journeys, bidi geometry).
 * - a11y: axe on every story × locale × theme of the built Storybook, in real Chromium.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'core', environment: 'node', include: ['packages/core/test/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: { name: 'tokens', environment: 'node', include: ['packages/tokens/test/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: { name: 'content', environment: 'node', include: ['packages/content/test/**/*.test.ts'] },
      },
      {
        test: { name: 'repo', environment: 'node', include: ['tests/repo/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'react',
          environment: 'happy-dom',
          include: ['packages/react/src/**/*.test.{ts,tsx}'],
          exclude: ['packages/react/src/**/*.browser.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/react.ts'],
        },
      },
      {
        resolve: { alias },
        optimizeDeps: { include: ['react', 'react-dom', 'react-dom/client', 'react/jsx-dev-runtime', '@radix-ui/react-dialog', 'd3-shape', 'valibot', 'vitest-browser-react'] },
        test: {
          name: 'browser',
          include: ['packages/react/src/**/*.browser.test.{ts,tsx}', 'tests/browser/**/*.test.{ts,tsx}'],
          setupFiles: ['./tests/setup/browser.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            viewport: { width: 1024, height: 768 },
          },
        },
      },
      {
        test: {
          name: 'a11y',
          environment: 'node',
          include: ['tests/a11y/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
