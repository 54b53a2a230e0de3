import { existsSync } from 'node:fs';

/**
 * Where the Chromium for browser tests lives. Playwright cannot download its own browsers on
 * these machines, so we use Debian's `chromium` (scripts/run.mjs installs it with apt-get when
 * missing). CHROMIUM_PATH overrides.
 */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return '/usr/bin/chromium';
}

/** Flags for a headless Chromium on a closed network, run as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
