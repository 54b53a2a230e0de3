import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * Inside the workspace, tests and Storybook read the packages' sources, not their builds, so a
 * change shows at once. Published consumers get `dist/` through each package's `exports` map.
 */
export const alias = [
  { find: /^@rechesh\/core$/, replacement: here('../../packages/core/src/index.ts') },
  { find: /^@rechesh\/content$/, replacement: here('../../packages/content/src/index.ts') },
  { find: /^@rechesh\/tokens$/, replacement: here('../../packages/tokens/src/index.ts') },
  { find: /^@rechesh\/tokens\/(.*)\.css$/, replacement: here('../../packages/tokens/dist/$1.css') },
  { find: /^@rechesh\/react$/, replacement: here('../../packages/react/src/index.ts') },
  { find: /^@rechesh\/react\/([a-z-]+)$/, replacement: here('../../packages/react/src/$1/index.ts') },
];
