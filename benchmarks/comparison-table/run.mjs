#!/usr/bin/env node
// Side-by-side benchmark: Rechesh OperatorComparisonTable vs AG Grid community (React), 10,000 operators.
//   pnpm bench:table            (from the repository root)
// Builds benchmarks/comparison-table (vite build, production), serves dist/ on 127.0.0.1, drives
// Debian Chromium through playwright-core. Per sample and library two fresh pages: (1) first render,
// JS heap, then sort by a numeric column; (2) first render, then scroll to the end in steps.
// Libraries alternate. Prints a table and writes results.json and results.md next to this file, and
// the numbers into README.md between its results markers. Definitions: README.md.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const readme = join(here, 'README.md');

const ROWS = 10000;
const SCROLL_STEPS = 20;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1); // per library
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 9); // per library
const LIBS = ['ours', 'aggrid'];
const LABEL = { ours: 'Rechesh OperatorComparisonTable', aggrid: 'AG Grid community 36' };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

const started = Date.now();
const loadStart = loadavg();
const log = (s) => console.log(s);

// What was measured: the working tree (the component may have uncommitted edits), so the commit,
// the files that differ from it and a hash of those differences are recorded.
const root = join(here, '..', '..');
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return '';
  }
};
const SOURCES = ['packages/core/src', 'packages/react/src', 'packages/tokens/src'];
const changed = git('status', '--porcelain', '--', ...SOURCES).split('\n').filter(Boolean);
const untracked = changed.filter((l) => l.startsWith('??')).map((l) => l.slice(3));
const hash = createHash('sha256').update(git('diff', 'HEAD', '--', ...SOURCES));
for (const f of untracked) if (existsSync(join(root, f)) && statSync(join(root, f)).isFile()) hash.update(readFileSync(join(root, f)));
const source = { head: git('rev-parse', '--short', 'HEAD').trim(), changedFiles: changed, diffSha256: hash.digest('hex').slice(0, 16) };

// 1. Build (production: minified, React's production build).
log('▶ Building benchmarks/comparison-table (vite build, production)');
await build({ configFile: join(here, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });

// 2. Serve dist/ on loopback only. no-store: no HTTP cache, so no V8 code cache between samples.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  let file = normalize(join(dist, path));
  if (file !== dist && !file.startsWith(dist + sep)) return void res.writeHead(403).end();
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(file).pipe(res);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/index.html`;

// 3. Samples: fresh contexts (own renderer process) and pages, libraries alternating.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
const chromiumVersion = browser.version();
log(`▶ Sources ${source.head}${source.changedFiles.length ? ` + ${source.changedFiles.length} uncommitted file(s) (diff ${source.diffSha256})` : ''}; load average ${loadStart.map((x) => x.toFixed(1)).join(' ')}`);
log(`▶ Chromium ${chromiumVersion}, ${availableParallelism()} cores; ${WARMUP} warm-up + ${SAMPLES} samples per library, alternating`);

async function inPage(lib, fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url ?? ''}`));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchReady === true);
    const out = await fn(page);
    if (errors.length) throw new Error(`${lib}: errors in the page:\n  ${errors.join('\n  ')}`);
    return out;
  } finally {
    await context.close();
  }
}

async function sample(lib) {
  const a = await inPage(lib, async (page) => {
    const render = await page.evaluate((l) => window.bench.render(l), lib);
    const sort = await page.evaluate(() => window.bench.sort());
    return { render, sort };
  });
  const b = await inPage(lib, async (page) => {
    const render = await page.evaluate((l) => window.bench.render(l), lib);
    const scroll = await page.evaluate((n) => window.bench.scroll(n), SCROLL_STEPS);
    return { render2: render, scroll };
  });
  return { ...a, ...b };
}

const runs = { ours: [], aggrid: [] };
const failures = [];
const order = [];
for (let i = 0; i < WARMUP + SAMPLES; i++) order.push(...LIBS);
let k = 0;
try {
  for (const lib of order) {
    const warm = runs[lib].length < WARMUP ? ' (warm-up)' : '';
    k++;
    let r;
    try {
      r = await sample(lib);
    } catch (e) {
      // A stuck page (rows never appeared within 10 s) is reported and the sample run again, once.
      log(`  ${lib}: sample failed, running it again: ${String(e.message ?? e).split('\n')[0]}`);
      failures.push({ lib, error: String(e.message ?? e) });
      try {
        r = await sample(lib);
      } catch (e2) {
        log(`  ${lib}: failed again, sample skipped: ${String(e2.message ?? e2).split('\n')[0]}`);
        failures.push({ lib, error: String(e2.message ?? e2), skipped: true });
        continue;
      }
    }
    runs[lib].push(r);
    log(
      `  ${String(k).padStart(2)}/${order.length} ${lib.padEnd(6)} render ${r.render.paintMs.toFixed(1).padStart(7)} ms` +
        `  sort ${r.sort.paintMs.toFixed(1).padStart(6)} ms  scroll ${r.scroll.totalPaintMs.toFixed(1).padStart(7)} ms` +
        `  heap ${((r.render.heapAfter - r.render.heapEmpty) / 1048576).toFixed(2)} MB${warm}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}

// 4. Statistics over the measured samples (warm-ups dropped).
const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]; // nearest rank
};
const stat = (values) => ({ median: quantile(values, 0.5), p90: quantile(values, 0.9), min: Math.min(...values), max: Math.max(...values) });
const round = (x, d = 1) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);
const roundStat = (s, d = 1) => Object.fromEntries(Object.entries(s).map(([key, v]) => [key, round(v, d)]));
const MB = 1024 * 1024;
const mid = Math.round(SCROLL_STEPS / 2);

const summary = {};
for (const lib of LIBS) {
  const m = runs[lib].slice(WARMUP);
  const num = (xs) => roundStat(stat(xs));
  const mb = (xs) => (xs.every((x) => typeof x === 'number' && !Number.isNaN(x)) ? roundStat(stat(xs.map((b) => b / MB)), 2) : null);
  const allSteps = m.flatMap((r) => r.scroll.steps);
  summary[lib] = {
    label: LABEL[lib],
    render: {
      syncMs: num(m.map((r) => r.render.syncMs)),
      readyMs: num(m.map((r) => r.render.readyMs)),
      paintMs: num(m.map((r) => r.render.paintMs)),
      idleMs: num(m.map((r) => r.render.idleMs)),
      // The scroll pages render too: more first-render samples, reported apart.
      paintMsScrollPages: num(m.map((r) => r.render2.paintMs)),
      elements: m[m.length - 1].render.elements,
      renderedRows: m[m.length - 1].render.renderedRows,
    },
    sort: {
      clickMs: num(m.map((r) => r.sort.clickMs)),
      readyMs: num(m.map((r) => r.sort.readyMs)),
      paintMs: num(m.map((r) => r.sort.paintMs)),
      firstBefore: m[m.length - 1].sort.firstBefore,
      firstAfter: m[m.length - 1].sort.firstAfter,
    },
    scroll: {
      totalPaintMs: num(m.map((r) => r.scroll.totalPaintMs)),
      stepPaintMs: num(allSteps.map((s) => s.paintMs)),
      stepReadyMs: num(allSteps.map((s) => s.readyMs)),
      middlePaintMs: num(m.map((r) => r.scroll.steps[mid - 1].paintMs)),
      endPaintMs: num(m.map((r) => r.scroll.steps[SCROLL_STEPS - 1].paintMs)),
      blankFramesPerRun: num(m.map((r) => r.scroll.steps.reduce((s, x) => s + x.blankFrames, 0))),
    },
    heap: {
      afterRenderMB: mb(m.map((r) => r.render.heapAfter)),
      afterMinusEmptyMB: mb(m.map((r) => r.render.heapAfter - r.render.heapEmpty)),
      afterMinusBeforeMB: mb(m.map((r) => r.render.heapAfter - r.render.heapBefore)),
      emptyMB: mb(m.map((r) => r.render.heapEmpty)),
    },
  };
}
const ratio = (a, b) => (a === null || b === null || a === undefined || b === undefined ? null : round(a / b, 2));
const o = summary.ours;
const g = summary.aggrid;
const ratios = {
  note: 'AG Grid / ours, of the medians: above 1 means ours is faster (or smaller).',
  renderPaint: ratio(g.render.paintMs.median, o.render.paintMs.median),
  renderSync: ratio(g.render.syncMs.median, o.render.syncMs.median),
  sortPaint: ratio(g.sort.paintMs.median, o.sort.paintMs.median),
  sortReady: ratio(g.sort.readyMs.median, o.sort.readyMs.median),
  scrollTotal: ratio(g.scroll.totalPaintMs.median, o.scroll.totalPaintMs.median),
  scrollStep: ratio(g.scroll.stepPaintMs.median, o.scroll.stepPaintMs.median),
  heapAfterMinusEmpty: ratio(g.heap.afterMinusEmptyMB?.median, o.heap.afterMinusEmptyMB?.median),
  heapAfterMinusBefore: ratio(g.heap.afterMinusBeforeMB?.median, o.heap.afterMinusBeforeMB?.median),
};

const versionOf = (pkg) => JSON.parse(readFileSync(join(here, '..', '..', 'node_modules', pkg, 'package.json'), 'utf8')).version;
const versions = {
  react: versionOf('react'),
  'ag-grid-community': versionOf('ag-grid-community'),
  'ag-grid-react': versionOf('ag-grid-react'),
  '@tanstack/react-table': versionOf('@tanstack/react-table'),
  '@tanstack/react-virtual': versionOf('@tanstack/react-virtual'),
};
const results = {
  benchmark: 'comparison-table',
  date: new Date().toISOString(),
  machine: {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3),
    loadavgAtStart: loadStart.map((x) => round(x, 2)),
    loadavgAtEnd: loadavg().map((x) => round(x, 2)),
    node: process.version,
  },
  browser: { chromium: chromiumVersion, args: ARGS, viewport: '1280x900', deviceScaleFactor: 1 },
  versions,
  source,
  config: {
    rows: ROWS,
    indicators: 4,
    height: 600,
    width: 1200,
    sortColumn: 'detox-completion (ascending, first click)',
    scrollSteps: SCROLL_STEPS,
    warmupPerLib: WARMUP,
    samplesPerLib: SAMPLES,
    order: 'alternating ours, aggrid; per sample two fresh browser contexts: render+heap+sort, render+scroll',
  },
  summary,
  ratios,
  failures,
  durationS: round((Date.now() - started) / 1000),
  samples: runs,
};
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');

// 5. Report: console table, results.md, README.
const f = (s) => `${s.median.toFixed(1)} / ${s.p90.toFixed(1)}`;
const mbs = (s) => (s ? `${s.median.toFixed(2)} MB` : 'n/a');
const x = (r) => (r === null ? '—' : `${r}×`);
const rows = [
  ['First render → painted with rows (ms, median / p90)', f(o.render.paintMs), f(g.render.paintMs), x(ratios.renderPaint)],
  ['  of which sync render + layout (ms)', f(o.render.syncMs), f(g.render.syncMs), x(ratios.renderSync)],
  ['  until the main thread is idle, put-off work done (ms)', f(o.render.idleMs), f(g.render.idleMs), x(ratio(g.render.idleMs.median, o.render.idleMs.median))],
  ['  first render, scroll pages (ms)', f(o.render.paintMsScrollPages), f(g.render.paintMsScrollPages), x(ratio(g.render.paintMsScrollPages.median, o.render.paintMsScrollPages.median))],
  ['Sort by a numeric column → painted (ms)', f(o.sort.paintMs), f(g.sort.paintMs), x(ratios.sortPaint)],
  ['  of which until the new order is in the DOM (ms)', f(o.sort.readyMs), f(g.sort.readyMs), x(ratios.sortReady)],
  [`Scroll, ${SCROLL_STEPS} steps to the end, total (ms)`, f(o.scroll.totalPaintMs), f(g.scroll.totalPaintMs), x(ratios.scrollTotal)],
  ['  per step → painted (ms, all steps)', f(o.scroll.stepPaintMs), f(g.scroll.stepPaintMs), x(ratios.scrollStep)],
  ['  to the middle (step 10) / to the end (ms, median)', `${o.scroll.middlePaintMs.median.toFixed(1)} / ${o.scroll.endPaintMs.median.toFixed(1)}`, `${g.scroll.middlePaintMs.median.toFixed(1)} / ${g.scroll.endPaintMs.median.toFixed(1)}`, '—'],
  ['  blank frames per run (median)', String(o.scroll.blankFramesPerRun.median), String(g.scroll.blankFramesPerRun.median), '—'],
  ['JS heap after first render − empty page (median)', mbs(o.heap.afterMinusEmptyMB), mbs(g.heap.afterMinusEmptyMB), x(ratios.heapAfterMinusEmpty)],
  ['  of which kept by the render (data excluded)', mbs(o.heap.afterMinusBeforeMB), mbs(g.heap.afterMinusBeforeMB), x(ratios.heapAfterMinusBefore)],
  ['Samples re-run: rows not shown within 10 s', String(failures.filter((x) => x.lib === 'ours').length), String(failures.filter((x) => x.lib === 'aggrid').length), '—'],
  ['DOM elements / data rows rendered after first render', `${o.render.elements} / ${o.render.renderedRows}`, `${g.render.elements} / ${g.render.renderedRows}`, '—'],
];
const head = ['', LABEL.ours, LABEL.aggrid, 'AG Grid / ours'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
log('');
log(head.map((h, i) => h.padEnd(widths[i])).join('  '));
log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) log(r.map((c, i) => c.padEnd(widths[i])).join('  '));

const table = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const context =
  `${ROWS.toLocaleString('en')} operators × (name, region, 4 indicators), ${SAMPLES} samples per library after ${WARMUP} warm-up, alternating, fresh pages. ` +
  `${results.date.slice(0, 10)}, Chromium ${chromiumVersion}, ${results.machine.nproc} cores (${results.machine.cpu}), Node ${process.version}, React ${versions.react}, ` +
  `AG Grid ${versions['ag-grid-community']}, TanStack Table ${versions['@tanstack/react-table']} / Virtual ${versions['@tanstack/react-virtual']}. ` +
  `Sources: ${source.head}${source.changedFiles.length ? ` + ${source.changedFiles.length} uncommitted file(s), diff ${source.diffSha256}` : ''}. ` +
  `Load average (1 min) ${round(loadStart[0], 1)} at start, ${round(loadavg()[0], 1)} at end. ` +
  `Ratio: AG Grid median / ours median (above 1: ours is faster or lighter).`;
writeFileSync(
  join(here, 'results.md'),
  `# Comparison table benchmark — latest run\n\n${context}\n\n${table}\n\nDefinitions and caveats: [README.md](README.md). Raw samples: [results.json](results.json).\n`,
);
if (existsSync(readme)) {
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- comparison-table results: start -->';
  const end = '<!-- comparison-table results: end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) writeFileSync(readme, `${text.slice(0, a + start.length)}\n${context}\n\n${table}\n${text.slice(b)}`);
}
log(`\nWrote ${join('benchmarks', 'comparison-table', 'results.json')} and results.md (${results.durationS} s).`);
