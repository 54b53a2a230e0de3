/**
 * Cycles in a logic model's links, for validation: one per strongly connected component, named
 * by its boxes in order. Internal to the logic-model folder.
 */
import type { LogicModelLink } from './types.js';

/**
 * The boxes of a cycle as the issue shows them, back to the first: "a → b → c → a"; long
 * cycles are cut after eight boxes.
 * @example cycle_words(['a', 'b']) // 'a → b → a'
 */
export function cycle_words(boxes: string[]): string {
  const shown = boxes.length > 8 ? [...boxes.slice(0, 8), '…'] : boxes;
  return [...shown, boxes[0]].join(' → ');
}

/**
 * One cycle per strongly connected component (Tarjan, iterative so 10,000 boxes do not overflow
 * the stack). `closing` is the index of a link on the cycle that does not lead forward — every
 * cycle has one — so the issue lands on the link to fix.
 * @example graph_cycles([{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }], (id) => (id === 'a' ? 0 : 1))
 *   // [{ boxes: ['a', 'b'], closing: 1 }]
 */
export function graph_cycles(links: LogicModelLink[], column: (id: string) => number): Array<{ boxes: string[]; closing: number }> {
  const out = new Map<string, number[]>();
  for (let k = 0; k < links.length; k++) {
    const from = links[k]!.from;
    if (!out.has(from)) out.set(from, []);
    out.get(from)!.push(k);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;
  const nodes = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = out.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = links[edges[frame.next++]!]!.to;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let n: string;
        do {
          n = stack.pop()!;
          onStack.delete(n);
          component.push(n);
        } while (n !== frame.node);
        if (component.length > 1) components.push(component);
      }
    }
  }
  const order = new Map(nodes.map((n, i) => [n, i]));
  return components.map((component) => {
    const inside = new Set(component);
    // A shortest way round from the component's first box (in input order), breadth first.
    const start = component.reduce((a, b) => (order.get(a)! <= order.get(b)! ? a : b));
    const via = new Map<string, number>();
    const queue = [start];
    let closing = -1;
    for (let q = 0; q < queue.length && closing < 0; q++) {
      for (const k of out.get(queue[q]!) ?? []) {
        const to = links[k]!.to;
        if (!inside.has(to)) continue;
        if (to === start) {
          closing = k;
          break;
        }
        if (!via.has(to)) {
          via.set(to, k);
          queue.push(to);
        }
      }
    }
    const ring: number[] = [closing];
    for (let n = links[closing]!.from; n !== start; n = links[via.get(n)!]!.from) ring.unshift(via.get(n)!);
    const boxes = ring.map((k) => links[k]!.from);
    const notForward = ring.find((k) => column(links[k]!.from) >= column(links[k]!.to)) ?? closing;
    return { boxes, closing: notForward };
  });
}
