/**
 * The benchmark page: one library per page. run.mjs calls `window.bench.render(lib)`, which times
 * the first render of the same 300 boxes / 600 links: from just before `createRoot().render` to
 * the end of the first frame in which all boxes and all links are in the DOM and visible.
 * Library code is loaded and the model prepared before the clock starts.
 */
import * as React from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import '@rechesh/tokens/fonts.css';
import '@rechesh/tokens/tokens.css';
import '../../packages/react/src/styles/base.css';
import '../../packages/react/src/logic-model/LogicModel/LogicModel.css';
import { benchModel, BOXES, LINKS } from './data.ts';

export type LibName = 'ours' | 'reactflow';
export interface RenderResult {
  /** t0 → flushSync(render) returned and a forced layout is done. */
  syncMs: number;
  /** t0 → every box and link is in the DOM and visible. */
  readyMs: number;
  /** t0 → the end of the frame that painted them. */
  paintMs: number;
  boxes: number;
  links: number;
  elements: number;
}
interface Lib {
  Component: React.ComponentType<{ model: ReturnType<typeof benchModel> }>;
  boxCount: (root: HTMLElement) => number;
  linkCount: (root: HTMLElement) => number;
}
const loaders: Record<LibName, () => Promise<Lib>> = {
  ours: () => import('./ours.tsx').then((m) => ({ Component: m.Ours, boxCount: m.boxCount, linkCount: m.linkCount })),
  reactflow: () => import('./reactflow.tsx').then((m) => ({ Component: m.Flow, boxCount: m.boxCount, linkCount: m.linkCount })),
};

const raf = () => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now())));
const task = () => new Promise<void>((r) => setTimeout(r, 0));

/** Boxes hidden until measured (React Flow) do not count as drawn. */
function visibleBoxes(root: HTMLElement, lib: Lib): number {
  const n = lib.boxCount(root);
  if (n === 0) return 0;
  const first = root.querySelector<HTMLElement>('.react-flow__node');
  return first && getComputedStyle(first).visibility === 'hidden' ? 0 : n;
}

async function render(name: LibName): Promise<RenderResult> {
  const lib = await loaders[name]();
  const model = benchModel(1);
  await document.fonts.ready;
  const container = document.getElementById('root')!;
  const done = () => visibleBoxes(container, lib) === BOXES && lib.linkCount(container) === LINKS;
  const t0 = performance.now();
  flushSync(() => createRoot(container).render(<lib.Component model={model} />));
  void container.getBoundingClientRect();
  const syncMs = performance.now() - t0;
  let readyMs = done() ? performance.now() - t0 : -1;
  const deadline = t0 + 30_000;
  while (readyMs < 0) {
    await raf();
    if (done()) readyMs = performance.now() - t0;
    else {
      await task();
      if (done()) readyMs = performance.now() - t0;
    }
    if (performance.now() > deadline) throw new Error(`${name}: not drawn after 30 s (${lib.boxCount(container)} boxes, ${lib.linkCount(container)} links)`);
  }
  await raf();
  await task();
  const paintMs = performance.now() - t0;
  return { syncMs, readyMs, paintMs, boxes: lib.boxCount(container), links: lib.linkCount(container), elements: container.querySelectorAll('*').length };
}

(window as unknown as { bench: { render: typeof render }; benchReady: boolean }).bench = { render };
(window as unknown as { benchReady: boolean }).benchReady = true;
