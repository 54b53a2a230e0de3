#!/usr/bin/env node
// Side-by-side benchmark: Rechesh LogicModel vs React Flow 12 + dagre, 300 boxes / 600 links, first render.
//   pnpm bench:logic-model      (from the repository root)
// Builds benchmarks/logic-model (vite build, production), serves dist/ on 127.0.0.1 (no-store),
// drives Debian Chromium through playwright-core: a fresh context and page per sample, libraries
// alternating. Prints medians and the ratio, writes results.json and results.md next to this file.
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'dist');
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 7);
const LIBS = ['ours', 'reactflow'];
const LABEL = { ours: 'Rechesh LogicModel', reactflow: 'React Flow 12 + dagre' };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];
const log = (s) => console.log(s);
const head = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: here, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
})();
const loadStart = loadavg();

log('▶ Building benchmarks/logic-model (vite build, production)');
await build({ configFile: join(here, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2', '.woff': 'font/woff' };
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

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
log(`▶ Chromium ${browser.version()}, ${availableParallelism()} cores, load ${loadStart.map((x) => x.toFixed(1)).join(' ')}; ${WARMUP} warm-up + ${SAMPLES} samples per library`);

async function sample(lib) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchReady === true);
    const r = await page.evaluate((l) => window.bench.render(l), lib);
    if (errors.length) throw new Error(`${lib}: ${errors.join('; ')}`);
    return r;
  } finally {
    await context.close();
  }
}

const runs = { ours: [], reactflow: [] };
try {
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    for (const lib of i % 2 ? [...LIBS].reverse() : LIBS) {
      const r = await sample(lib);
      if (i >= WARMUP) runs[lib].push(r);
      log(`  ${lib.padEnd(9)} ${i < WARMUP ? '(warm-up) ' : ''}sync ${r.syncMs.toFixed(0)} ms, drawn ${r.readyMs.toFixed(0)} ms, painted ${r.paintMs.toFixed(0)} ms (${r.boxes} boxes, ${r.links} links)`);
    }
  }
} finally {
  await browser.close();
  server.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (lib, k) => median(runs[lib].map((r) => r[k]));
const ratio = stat('reactflow', 'paintMs') / stat('ours', 'paintMs');
const rows = LIBS.map((l) => `| ${LABEL[l]} | ${stat(l, 'syncMs').toFixed(0)} | ${stat(l, 'readyMs').toFixed(0)} | ${stat(l, 'paintMs').toFixed(0)} | ${runs[l][0].elements} |`);
const md = [
  `# LogicModel vs React Flow + dagre — first render, 300 boxes / 600 links`,
  '',
  `Sources ${head}, ${new Date().toISOString()}, ${availableParallelism()} cores, load average at start ${loadStart.map((x) => x.toFixed(1)).join(' ')}; medians of ${SAMPLES} samples per library (after ${WARMUP} warm-up), a fresh page each, alternating.`,
  '',
  '| Library | sync render (ms) | all boxes and links drawn (ms) | painted (ms) | DOM elements |',
  '|---|---|---|---|---|',
  ...rows,
  '',
  `**Ratio (React Flow + dagre ÷ Rechesh, painted): ${ratio.toFixed(2)}×** (goal ≥ 3×).`,
  '',
].join('\n');
log('\n' + md);
writeFileSync(join(here, 'results.md'), md);
writeFileSync(join(here, 'results.json'), JSON.stringify({ date: new Date().toISOString(), head, cores: availableParallelism(), loadStart, samples: SAMPLES, warmup: WARMUP, runs, ratio }, null, 2) + '\n');
