#!/usr/bin/env node
// Side-by-side benchmark: Rechesh TargetTrendChart vs Recharts LineChart, 5 series × 2,000 points.
//   pnpm bench:trend            (from the repository root)
// Builds benchmarks/trend-chart (vite build, production), serves dist/ on 127.0.0.1, drives Debian
// Chromium through playwright-core, one fresh browser context and page per sample, libraries
// alternating; prints a table and writes results.json and results.md next to this file, and the
// numbers into benchmarks/README.md between its results markers. Definitions: benchmarks/README.md.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const readme = join(here, '..', 'README.md');

const SERIES = 5;
const POINTS = 2000;
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2); // per library
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 10); // per library
const LIBS = ['ours', 'recharts'];
const LABEL = { ours: 'Rechesh TargetTrendChart', recharts: 'Recharts 3 LineChart' };
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
const log = (s) => console.log(s);

// 1. Build (production: minified, React's production build).
log('▶ Building benchmarks/trend-chart (vite build, production)');
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

// 3. Samples: a fresh context (own renderer process) and page per sample, libraries alternating.
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
const chromiumVersion = browser.version();
log(`▶ Chromium ${chromiumVersion}, ${availableParallelism()} cores; ${WARMUP} warm-up + ${SAMPLES} samples per library, alternating`);

async function sample(lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${m.text()} ${m.location().url ?? ''}`));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchReady === true);
    const render = await page.evaluate(([l, s, p]) => window.bench.render(l, s, p), [lib, SERIES, POINTS]);
    const update = await page.evaluate((l) => window.bench.update(l), lib);
    await page.evaluate(() => window.bench.unmount());
    if (errors.length) throw new Error(`${lib}: errors in the page:\n  ${errors.join('\n  ')}`);
    return { render, update };
  } finally {
    await context.close();
  }
}

const runs = { ours: [], recharts: [] };
const order = [];
for (let i = 0; i < WARMUP + SAMPLES; i++) order.push(...LIBS);
let k = 0;
try {
  for (const lib of order) {
    const warm = runs[lib].length < WARMUP ? ' (warm-up)' : '';
    const r = await sample(lib);
    runs[lib].push(r);
    k++;
    log(
      `  ${String(k).padStart(2)}/${order.length} ${lib.padEnd(8)} render ${r.render.syncMs.toFixed(1).padStart(7)} ms` +
        `  update ${r.update.syncMs.toFixed(1).padStart(7)} ms${warm}`,
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
const roundStat = (s, d = 1) => Object.fromEntries(Object.entries(s).map(([k, v]) => [k, round(v, d)]));
const MB = 1024 * 1024;

const summary = {};
for (const lib of LIBS) {
  const measured = runs[lib].slice(WARMUP);
  const pick = (step, key) => measured.map((r) => r[step][key]);
  const heap = measured.map((r) => r.render.heapAfter).filter((x) => typeof x === 'number');
  const heapDelta = measured
    .map((r) => (typeof r.render.heapAfter === 'number' && typeof r.render.heapBefore === 'number' ? r.render.heapAfter - r.render.heapBefore : null))
    .filter((x) => x !== null);
  const last = measured[measured.length - 1];
  summary[lib] = {
    label: LABEL[lib],
    render: {
      syncMs: roundStat(stat(pick('render', 'syncMs'))),
      readyMs: roundStat(stat(pick('render', 'readyMs'))),
      frameMs: roundStat(stat(pick('render', 'frameMs'))),
      completeAtSyncAll: pick('render', 'completeAtSync').every(Boolean),
      syncMutations: last.render.syncMutations,
      lateMutations: last.render.lateMutations,
      lastLateMutationMs: round(last.render.lastLateMutationMs),
      elements: last.render.elements,
    },
    update: {
      syncMs: roundStat(stat(pick('update', 'syncMs'))),
      readyMs: roundStat(stat(pick('update', 'readyMs'))),
      frameMs: roundStat(stat(pick('update', 'frameMs'))),
      completeAtSyncAll: pick('update', 'completeAtSync').every(Boolean),
      syncMutations: last.update.syncMutations,
      lateMutations: last.update.lateMutations,
      lastLateMutationMs: round(last.update.lastLateMutationMs),
      elements: last.update.elements,
    },
    heapAfterRenderMB: heap.length ? roundStat(stat(heap.map((b) => b / MB)), 2) : null,
    heapDeltaRenderMB: heapDelta.length ? roundStat(stat(heapDelta.map((b) => b / MB)), 2) : null,
  };
}
const ratio = (a, b) => round(a / b, 2);
const ratios = {
  note: 'Recharts / ours, of the medians: above 1 means ours is faster (or smaller).',
  renderSync: ratio(summary.recharts.render.syncMs.median, summary.ours.render.syncMs.median),
  renderFrame: ratio(summary.recharts.render.frameMs.median, summary.ours.render.frameMs.median),
  updateSync: ratio(summary.recharts.update.syncMs.median, summary.ours.update.syncMs.median),
  updateFrame: ratio(summary.recharts.update.frameMs.median, summary.ours.update.frameMs.median),
  heapDeltaRender:
    summary.ours.heapDeltaRenderMB && summary.recharts.heapDeltaRenderMB
      ? ratio(summary.recharts.heapDeltaRenderMB.median, summary.ours.heapDeltaRenderMB.median)
      : null,
};

const versionOf = (pkg) => JSON.parse(readFileSync(join(here, '..', '..', 'node_modules', pkg, 'package.json'), 'utf8')).version;
const rechartsVersion = versionOf('recharts');
const reactVersion = versionOf('react');
const results = {
  benchmark: 'trend-chart',
  date: new Date().toISOString(),
  machine: {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3),
    loadavgAtEnd: loadavg().map((x) => round(x, 2)),
    node: process.version,
  },
  browser: { chromium: chromiumVersion, args: ARGS, viewport: '1280x800', deviceScaleFactor: 1 },
  versions: { react: reactVersion, recharts: rechartsVersion },
  config: { series: SERIES, points: POINTS, n: 200, warmupPerLib: WARMUP, samplesPerLib: SAMPLES, order: 'alternating ours, recharts; fresh browser context and page per sample' },
  definitions: {
    syncMs: 't0 = performance.now(); flushSync(() => { createRoot (first render only); root.render(element) }); document.body.offsetHeight; t1. React render, commit, every effect and state update React flushes synchronously, and style + layout.',
    readyMs: 'As syncMs, but ending when every line, both axes and the target line are in the DOM (same as syncMs when complete at sync).',
    frameMs: 't0 → requestAnimationFrame then setTimeout(0) after ready: adds the next frame (ResizeObserver callbacks, style, layout, paint) and the wait for it (0–16.7 ms of vsync).',
    heap: 'performance.memory.usedJSHeapSize after window.gc(): after the first render settled (heapAfterRender), minus the same taken just before it, with the data already prepared (heapDeltaRender).',
    lateMutations: 'DOM mutation records inside the chart after syncMs, over the next three frames: work the library did after first paint.',
  },
  summary,
  ratios,
  durationS: round((Date.now() - started) / 1000),
  samples: runs,
};
writeFileSync(join(here, 'results.json'), JSON.stringify(results, null, 2) + '\n');

// 5. Report: console table, results.md, README.
const f = (s) => `${s.median.toFixed(1)} / ${s.p90.toFixed(1)}`;
const mb = (s) => (s ? `${s.median.toFixed(2)} MB` : 'n/a');
const muts = (m) => `${m.childList + m.attributes + m.characterData}`;
const rows = [
  ['First render, sync (ms, median / p90)', f(summary.ours.render.syncMs), f(summary.recharts.render.syncMs), `${ratios.renderSync}×`],
  ['First render, to next frame (ms)', f(summary.ours.render.frameMs), f(summary.recharts.render.frameMs), `${ratios.renderFrame}×`],
  ['Update, sync (ms, median / p90)', f(summary.ours.update.syncMs), f(summary.recharts.update.syncMs), `${ratios.updateSync}×`],
  ['Update, to next frame (ms)', f(summary.ours.update.frameMs), f(summary.recharts.update.frameMs), `${ratios.updateFrame}×`],
  ['JS heap after first render (median)', mb(summary.ours.heapAfterRenderMB), mb(summary.recharts.heapAfterRenderMB), '—'],
  ['JS heap added by first render (median)', mb(summary.ours.heapDeltaRenderMB), mb(summary.recharts.heapDeltaRenderMB), ratios.heapDeltaRender === null ? '—' : `${ratios.heapDeltaRender}×`],
  ['DOM elements after first render', String(summary.ours.render.elements), String(summary.recharts.render.elements), '—'],
  ['Complete at end of sync step (all samples)', summary.ours.render.completeAtSyncAll ? 'yes' : 'NO', summary.recharts.render.completeAtSyncAll ? 'yes' : 'NO', '—'],
  ['DOM mutations in sync step (render / update)', `${muts(summary.ours.render.syncMutations)} / ${muts(summary.ours.update.syncMutations)}`, `${muts(summary.recharts.render.syncMutations)} / ${muts(summary.recharts.update.syncMutations)}`, '—'],
  ['DOM mutations after it (render / update)', `${muts(summary.ours.render.lateMutations)} / ${muts(summary.ours.update.lateMutations)}`, `${muts(summary.recharts.render.lateMutations)} / ${muts(summary.recharts.update.lateMutations)}`, '—'],
];
const head = ['', LABEL.ours, LABEL.recharts, 'Recharts / ours'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
log('');
log(head.map((h, i) => h.padEnd(widths[i])).join('  '));
log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) log(r.map((c, i) => c.padEnd(widths[i])).join('  '));

const table = [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const context =
  `${SERIES} series × ${POINTS.toLocaleString('en')} points, ${SAMPLES} samples per library after ${WARMUP} warm-ups, alternating, fresh page each. ` +
  `${results.date.slice(0, 10)}, Chromium ${chromiumVersion}, ${results.machine.nproc} cores (${results.machine.cpu}), Node ${process.version}, React ${reactVersion}, Recharts ${rechartsVersion}. ` +
  `Ratio: Recharts median / ours median (above 1: ours is faster).`;
writeFileSync(
  join(here, 'results.md'),
  `# Trend chart benchmark — latest run\n\n${context}\n\n${table}\n\nDefinitions and caveats: [../README.md](../README.md). Raw samples: [results.json](results.json).\n`,
);
if (existsSync(readme)) {
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- trend-chart results: start -->';
  const end = '<!-- trend-chart results: end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) writeFileSync(readme, `${text.slice(0, a + start.length)}\n${context}\n\n${table}\n${text.slice(b)}`);
}
log(`\nWrote ${join('benchmarks', 'trend-chart', 'results.json')} and results.md (${results.durationS} s).`);
