#!/usr/bin/env node
// The two commands of the README's quick start, on a fresh machine with Node ≥ 20:
//   npm start   → installs what is missing, then opens Storybook on http://localhost:6006
//   npm test    → installs what is missing (pnpm, dependencies, Chromium), then runs every check
//                 and every test suite, and ends with one line: "N passed, N failed".
// .ci/run calls `npm test` too, so CI and a developer run exactly the same thing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);
const mode = process.argv[2] ?? 'test';
const PNPM_VERSION = '12';

function sh(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env, ...opts });
  return r.status ?? 1;
}
function has(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}
function step(title) {
  console.log(`\n\u25b6 ${title}`);
}

// 1. pnpm (corepack is not used: its signature check fails on these machines).
if (!has('pnpm')) {
  step(`Installing pnpm@${PNPM_VERSION} with npm`);
  if (sh('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`]) !== 0) {
    console.error(`Could not install pnpm. Install it yourself: npm install -g pnpm@${PNPM_VERSION}`);
    process.exit(1);
  }
}

// 2. Dependencies.
step('Installing dependencies (pnpm install)');
if (sh('pnpm', ['install', ...(process.env.CI ? ['--frozen-lockfile'] : [])]) !== 0) process.exit(1);

// 3. Packages that stories and tests read from their build (the tokens' CSS).
step('Building packages');
if (sh('pnpm', ['-r', 'run', 'build']) !== 0) process.exit(1);

if (mode === 'storybook') {
  step('Opening Storybook on http://localhost:6006');
  process.exit(sh('pnpm', ['exec', 'storybook', 'dev', '-p', '6006']));
}

// 4. Chromium for browser and axe tests: Debian's package (Playwright cannot download browsers here).
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p));
if (!chromium) {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (root && has('apt-get')) {
    step('Installing Chromium from Debian (apt-get install chromium)');
    sh('apt-get', ['update', '-qq']);
    sh('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-noto-core'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  if (!['/usr/bin/chromium', process.env.CHROMIUM_PATH].find((p) => p && existsSync(p))) {
    console.error(
      'No Chromium found. Browser and accessibility tests need one.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  Elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/chrome',
    );
    process.exit(1);
  }
}

// 5. Checks (each counts as one) and test suites (each test counts).
const results = [];
function check(name, cmd, args) {
  step(name);
  const ok = sh(cmd, args) === 0;
  results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
}

check('Type-check (tsc)', 'pnpm', ['run', 'typecheck']);
check('Lint (ESLint: TypeScript, React hooks, jsx-a11y)', 'pnpm', ['run', 'lint']);
check('Lint CSS (Stylelint: logical properties only)', 'pnpm', ['run', 'lint:css']);
for (const pkg of ['core', 'tokens', 'react', 'content']) {
  check(`publint @rechesh/${pkg}`, 'pnpm', ['exec', 'publint', `packages/${pkg}`, '--strict']);
  check(`arethetypeswrong @rechesh/${pkg}`, 'pnpm', ['exec', 'attw', '--pack', `packages/${pkg}`, '--profile', 'esm-only', '--exclude-entrypoints', './tokens.css', './fonts.css', './styles.css', './indicators.css', './trend.css', './comparison.css', './logic-model.css', './worksheets.css']);
}
check('Size budgets (size-limit)', 'pnpm', ['run', 'size']);
check('Build Storybook', 'pnpm', ['run', 'build-storybook']);

step('Tests: core, tokens, content, react (happy-dom), browser (Chromium), a11y (axe in Chromium)');
rmSync('.test-results', { recursive: true, force: true });
mkdirSync('.test-results', { recursive: true });
const vitestStatus = sh('pnpm', [
  'exec', 'vitest', 'run',
  '--reporter=default', '--reporter=json', '--outputFile.json=.test-results/vitest.json',
]);
let vitest = { passed: 0, failed: 0, byProject: {} };
try {
  const report = JSON.parse(readFileSync('.test-results/vitest.json', 'utf8'));
  for (const file of report.testResults) {
    for (const t of file.assertionResults) {
      const project = file.name.includes('/tests/a11y/') ? 'a11y'
        : file.name.includes('.browser.test.') || file.name.includes('/tests/browser/') ? 'browser'
        : file.name.includes('/tests/repo/') ? 'repo'
        : file.name.includes('/packages/core/') ? 'core'
        : file.name.includes('/packages/content/') ? 'content'
        : file.name.includes('/packages/tokens/') ? 'tokens' : 'react';
      const p = (vitest.byProject[project] ??= { passed: 0, failed: 0 });
      if (t.status === 'passed') { p.passed++; vitest.passed++; }
      else if (t.status === 'failed') { p.failed++; vitest.failed++; }
    }
  }
  // A file that failed to load has no assertions but did fail.
  for (const file of report.testResults) if (file.status === 'failed' && file.assertionResults.length === 0) vitest.failed++;
} catch {
  vitest.failed++;
}
if (vitestStatus !== 0 && vitest.failed === 0) vitest.failed++;
for (const [name, r] of Object.entries(vitest.byProject)) results.push({ name: `vitest ${name}`, ...r });

console.log('\nSummary');
for (const r of results) console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((a, r) => a + r.passed, 0);
const failed = results.reduce((a, r) => a + r.failed, 0) + (vitest.failed - Object.values(vitest.byProject).reduce((a, r) => a + r.failed, 0));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
