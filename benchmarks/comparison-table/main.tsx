/**
 * The benchmark page. It loads one library per page; run.mjs drives it through `window.bench`:
 * `render` (first render and JS heap), then either `sort` or `scroll`, in the same page. See
 * README.md for the definitions of the steps.
 */
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '@rechesh/tokens/fonts.css';
import '@rechesh/tokens/tokens.css';
import '../../packages/react/src/styles/base.css';
import '../../packages/react/src/comparison/OperatorComparisonTable/OperatorComparisonTable.css';
import { ROWS, SORT_COLUMN, type LibName, type TableLib } from './data.ts';

export interface RenderResult {
  /** t0 → flushSync(createRoot + render) returned and a forced layout is done. */
  syncMs: number;
  /** t0 → rows fill the top, middle and bottom of the scrolling area (text present). */
  readyMs: number;
  /** t0 → the end of the first frame that rendered them (painted). */
  paintMs: number;
  /**
   * t0 → the first idle period after the paint: work a library put off until after the paint
   * (ours: the legend's badge kinds and the virtualized body) is done by then. Honest about what
   * moved rather than vanished.
   */
  idleMs: number;
  /** usedJSHeapSize after gc(): at page start (React loaded, nothing else), before render (library code loaded, data prepared), after render settled. */
  heapEmpty: number | null;
  heapBefore: number | null;
  heapAfter: number | null;
  elements: number;
  renderedRows: number;
}
export interface SortResult {
  /** t0 → click() returned (the click handler's synchronous work). */
  clickMs: number;
  /** t0 → the first row of the order shows another operator. */
  readyMs: number;
  /** t0 → the end of the first frame that rendered it. */
  paintMs: number;
  firstBefore: string | null;
  firstAfter: string | null;
}
export interface ScrollStep {
  target: number;
  readyMs: number;
  paintMs: number;
  /** Frames painted at the new position before the rows were there (blank). */
  blankFrames: number;
}
export interface ScrollResult {
  steps: ScrollStep[];
  totalPaintMs: number;
  scrollHeight: number;
}

export interface Bench {
  render(lib: LibName): Promise<RenderResult>;
  sort(): Promise<SortResult>;
  scroll(steps: number): Promise<ScrollResult>;
}
/** What run.mjs reads; a local type, not a global one (the trend-chart page declares its own `window.bench`). */
const page = window as unknown as { bench: Bench; benchReady: boolean; gc?: () => void };

const loaders: Record<LibName, () => Promise<TableLib<unknown>>> = {
  ours: () => import('./ours.tsx').then((m) => m.ours as TableLib<unknown>),
  aggrid: () => import('./aggrid.tsx').then((m) => m.aggrid as TableLib<unknown>),
};

/** usedJSHeapSize after a full GC (read after gc(): it is a snapshot). */
function heap(): number | null {
  if (typeof page.gc !== 'function') return null;
  page.gc();
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? memory.usedJSHeapSize : null;
}

const raf = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));
const channel = new MessageChannel();
const queued: Array<() => void> = [];
channel.port1.onmessage = () => queued.shift()?.();
/** A task after the current one (not clamped like setTimeout): after the rendering step when called from a frame. */
const task = () =>
  new Promise<void>((resolve) => {
    queued.push(resolve);
    channel.port2.postMessage(0);
  });
/** The main thread's next idle period (requestIdleCallback; no timeout, so it waits for one). */
const idle = () => new Promise<number>((resolve) => requestIdleCallback(() => resolve(performance.now())));
/** The next frame has been rendered: rAF, then a task after it (as the trend-chart bench does). */
const frame = async () => {
  await raf();
  await task();
};

const heapEmpty = heap();
const container = document.getElementById('root')!;
let root: Root | null = null;
let lib: TableLib<unknown> | null = null;

/** True when rows with text are at the top, the middle and the bottom of the scrolling area. */
function filled(): boolean {
  const l = lib!;
  if (l.renderedRows(container) === 0) return false;
  const r = l.bodyRect(container);
  if (!r || r.height < 20) return false;
  const x = r.left + 40;
  return [r.top + 4, r.top + r.height / 2, r.bottom - 20].every((y) => l.rowAt(document.elementFromPoint(x, y)) !== null);
}

/** What is at the probe points, for an error message. */
function describe(): string {
  const r = lib?.bodyRect(container);
  if (!r) return 'no body';
  const x = r.left + 40;
  return [r.top + 4, r.top + r.height / 2, r.bottom - 20]
    .map((y) => {
      const el = document.elementFromPoint(x, y);
      return `y=${Math.round(y)}: ${el ? `${el.tagName}.${el.className}` : 'nothing'}`;
    })
    .join('; ');
}

/**
 * Waits until `cond` holds (checked after every DOM mutation and at every frame), then until the
 * end of the frame that renders that state. Returns both times. While waiting, a rAF loop marks
 * the frame's rendering step, so that a state reached inside it (a library rendering rows in its
 * own rAF callback) counts as painted at the end of that same frame, not the next one.
 */
function waitPainted(cond: () => boolean, timeoutMs = 10_000): Promise<{ readyAt: number; paintAt: number; blankFrames: number }> {
  return new Promise((resolve, reject) => {
    let inFrame = false;
    let done = false;
    let blankFrames = 0;
    const deadline = performance.now() + timeoutMs;
    const finish = async () => {
      done = true;
      const readyAt = performance.now();
      observer.disconnect();
      if (inFrame) await task();
      else await frame();
      resolve({ readyAt, paintAt: performance.now(), blankFrames });
    };
    const check = () => {
      if (!done && cond()) void finish();
    };
    const observer = new MutationObserver(check);
    observer.observe(container, { subtree: true, childList: true, characterData: true, attributes: true });
    const loop = () => {
      if (done) return;
      if (performance.now() > deadline) {
        observer.disconnect();
        done = true;
        reject(new Error(`waitPainted: timed out (${describe()})`));
        return;
      }
      inFrame = true;
      void task().then(() => {
        inFrame = false;
        if (!done) blankFrames++;
      });
      check();
      if (!done) requestAnimationFrame(loop);
    };
    check();
    if (!done) requestAnimationFrame(loop);
  });
}

const bench: Bench = {
  async render(name) {
    if (root) throw new Error('bench.render: one render per page load');
    lib = await loaders[name]();
    const { manyOperators } = await import('../../packages/react/src/comparison/OperatorComparisonTable/OperatorComparisonTable.examples.ts');
    const data = lib.prepare(manyOperators(ROWS));
    // Fonts are loaded before timing, for both libraries.
    // The page's font stack starts with Noto Sans Hebrew, whose Latin subset draws English text in
    // both grids; loading only Noto Sans left that subset to arrive mid-measurement and lay out
    // the page again.
    await Promise.all(
      ['400', '700'].flatMap((w) => [document.fonts.load(`${w} 14px "Noto Sans"`, 'Operator 12'), document.fonts.load(`${w} 14px "Noto Sans Hebrew"`, 'Operator 12')]),
    );
    await document.fonts.ready;
    await frame();
    const heapBefore = heap();
    await frame();

    const element = lib.element; // the element is created inside the timed region
    const t0 = performance.now();
    flushSync(() => {
      root = createRoot(container);
      root.render(element(data));
    });
    void document.body.offsetHeight;
    const t1 = performance.now();
    const { readyAt, paintAt } = await waitPainted(filled);
    const idleAt = await idle();
    for (let i = 0; i < 5; i++) await frame(); // let it settle (late measurements, effects)
    await idle();
    return {
      syncMs: t1 - t0,
      readyMs: readyAt - t0,
      paintMs: paintAt - t0,
      idleMs: idleAt - t0,
      heapEmpty,
      heapBefore,
      heapAfter: heap(),
      elements: container.getElementsByTagName('*').length,
      renderedRows: lib.renderedRows(container),
    };
  },

  async sort() {
    const l = lib!;
    await frame();
    await frame();
    const before = l.firstRowName(container);
    const control = l.sortControl(container, SORT_COLUMN);
    if (!control || before === null) throw new Error('bench.sort: no sort control or first row');
    const t0 = performance.now();
    control.click();
    const t1 = performance.now();
    const { readyAt, paintAt } = await waitPainted(() => {
      const now = l.firstRowName(container);
      return now !== null && now !== before;
    });
    for (let i = 0; i < 3; i++) await frame();
    return { clickMs: t1 - t0, readyMs: readyAt - t0, paintMs: paintAt - t0, firstBefore: before, firstAfter: l.firstRowName(container) };
  },

  async scroll(steps) {
    const l = lib!;
    const el = l.scroller(container);
    if (!el) throw new Error('bench.scroll: no scrolling element');
    await frame();
    await frame();
    const out: ScrollStep[] = [];
    for (let k = 1; k <= steps; k++) {
      // k/steps of the way down, of the current scroll range (ours measures rows as they render).
      const max = el.scrollHeight - el.clientHeight;
      const target = k === steps ? max : Math.round((max * k) / steps);
      const t0 = performance.now();
      el.scrollTop = target;
      const { readyAt, paintAt, blankFrames } = await waitPainted(filled).catch((e: Error) => {
        throw new Error(`scroll step ${k} to ${target} (scrollTop ${el.scrollTop}, of ${el.scrollHeight}): ${e.message}`);
      });
      out.push({ target, readyMs: readyAt - t0, paintMs: paintAt - t0, blankFrames });
      // 200 ms and a frame between steps, as discrete scroll steps (Page Down) come: AG Grid ignores
      // viewport scroll events for 150 ms after an echo from its own scrollbar, and a step inside
      // that window would leave its viewport blank for good.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await frame();
    }
    return { steps: out, totalPaintMs: out.reduce((s, x) => s + x.paintMs, 0), scrollHeight: el.scrollHeight };
  },
};
page.bench = bench;
page.benchReady = true;
