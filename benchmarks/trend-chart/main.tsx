/**
 * The benchmark page. It renders one library per page load; run.mjs drives it through
 * `window.bench` (see benchmarks/README.md for the definitions of the steps).
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '@rechesh/tokens/fonts.css';
import '@rechesh/tokens/tokens.css';
import '../../packages/react/src/styles/base.css';
import '../../packages/react/src/trend/TargetTrendChart/TargetTrendChart.css';
import { months, randomWalks, type ChartLib } from './data.ts';

export type LibName = 'ours' | 'recharts';

export interface StepResult {
  lib: LibName;
  step: 'render' | 'update';
  /** t0 → flushSync returned and a forced layout (`document.body.offsetHeight`) is done. */
  syncMs: number;
  /** Whether every line, both axes and the target line were in the DOM at the end of syncMs. */
  completeAtSync: boolean;
  /** t0 → complete and laid out (equals syncMs when completeAtSync). */
  readyMs: number;
  /** t0 → the next frame after ready: requestAnimationFrame, then setTimeout(0) (style, layout and paint of that frame included). */
  frameMs: number;
  /** DOM mutation records inside the chart during the synchronous part. */
  syncMutations: { childList: number; attributes: number; characterData: number };
  /** DOM mutation records after the synchronous part, over the next three frames: work done after first paint. */
  lateMutations: { childList: number; attributes: number; characterData: number };
  /** ms from t0 to the last late mutation, or null when there was none. */
  lastLateMutationMs: number | null;
  /** Elements inside the chart after settling. */
  elements: number;
  /** usedJSHeapSize after gc(), before the step (data already prepared) and after it settled. */
  heapBefore: number | null;
  heapAfter: number | null;
}

export interface Bench {
  render(lib: LibName, seriesCount?: number, points?: number): Promise<StepResult>;
  update(lib: LibName): Promise<StepResult>;
  unmount(): void;
}

declare global {
  interface Window {
    bench: Bench;
    benchReady: boolean;
    gc?: () => void;
  }
}

const loaders: Record<LibName, () => Promise<ChartLib<unknown>>> = {
  ours: () => import('./ours.tsx').then((m) => m.ours as ChartLib<unknown>),
  recharts: () => import('./recharts.tsx').then((m) => m.recharts as ChartLib<unknown>),
};

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** usedJSHeapSize after a full GC. `performance.memory` is a snapshot taken when read: read it after gc(). */
function heap(): number | null {
  if (typeof window.gc !== 'function') return null;
  window.gc();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

const container = document.getElementById('root')!;
let root: Root | null = null;
let lib: ChartLib<unknown> | null = null;
let nextData: unknown = null;

type Counts = StepResult['syncMutations'];
const count = (records: MutationRecord[]): Counts => {
  const c: Counts = { childList: 0, attributes: 0, characterData: 0 };
  for (const r of records) c[r.type]++;
  return c;
};

async function measure(step: 'render' | 'update', name: LibName, data: unknown): Promise<StepResult> {
  const chart = lib!;
  await frame();
  await frame();
  const heapBefore = heap();
  await frame();

  let lastLate: number | null = null;
  let late: MutationRecord[] = [];
  let collecting = false;
  const observer = new MutationObserver((records) => {
    if (!collecting) return;
    late = late.concat(records);
    lastLate = performance.now();
  });
  observer.observe(container, { subtree: true, childList: true, attributes: true, characterData: true });

  // The timed region. The element is created inside it: creating it is the app's work too.
  const t0 = performance.now();
  flushSync(() => {
    if (step === 'render') root = createRoot(container);
    root!.render(chart.element(data));
  });
  void document.body.offsetHeight;
  const t1 = performance.now();
  const syncMutations = count(observer.takeRecords());
  collecting = true;

  const completeAtSync = chart.complete(container);
  let tReady = t1;
  if (!completeAtSync) {
    // Not drawn yet: wait (up to 2 s) for the library to finish, then force layout again.
    const deadline = t1 + 2000;
    while (!chart.complete(container) && performance.now() < deadline) await new Promise((r) => setTimeout(r, 0));
    void document.body.offsetHeight;
    tReady = performance.now();
  }
  await frame();
  const tFrame = performance.now();
  await frame();
  await frame();
  await frame();
  late = late.concat(observer.takeRecords());
  observer.disconnect();

  const t0Late = lastLate;
  return {
    lib: name,
    step,
    syncMs: t1 - t0,
    completeAtSync,
    readyMs: tReady - t0,
    frameMs: tFrame - t0,
    syncMutations,
    lateMutations: count(late),
    lastLateMutationMs: t0Late === null ? null : t0Late - t0,
    elements: container.getElementsByTagName('*').length,
    heapBefore,
    heapAfter: heap(),
  };
}

window.bench = {
  async render(name, seriesCount = 5, points = 2000) {
    if (root) throw new Error('bench.render: unmount first (one render per page load is the protocol)');
    lib = await loaders[name]();
    const periods = months(points);
    const first = lib.prepare(randomWalks(1, seriesCount, points), periods);
    nextData = lib.prepare(randomWalks(2, seriesCount, points), periods);
    // Fonts are loaded before timing, for both libraries (both draw text in Noto Sans).
    await Promise.all([document.fonts.load('400 12px "Noto Sans"'), document.fonts.load('700 12px "Noto Sans"')]);
    await document.fonts.ready;
    return measure('render', name, first);
  },
  async update(name) {
    if (!root || !lib || lib.name !== name) throw new Error('bench.update: render this library first');
    return measure('update', name, nextData);
  },
  unmount() {
    root?.unmount();
    root = null;
  },
};
window.benchReady = true;
