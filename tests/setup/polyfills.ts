// Vitest 5 asks for Node 22; on Node 20 its reporter crashes on a failing test without these.
// Tiny, spec-shaped polyfills, loaded only by the test runner.
const M = Map as unknown as { groupBy?: unknown };
if (typeof M.groupBy !== 'function') {
  M.groupBy = function groupBy<K, T>(items: Iterable<T>, key: (item: T, i: number) => K) {
    const map = new Map<K, T[]>();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const list = map.get(k);
      if (list) list.push(item);
      else map.set(k, [item]);
    }
    return map;
  };
}
const O = Object as unknown as { groupBy?: unknown };
if (typeof O.groupBy !== 'function') {
  O.groupBy = function groupBy<T>(items: Iterable<T>, key: (item: T, i: number) => PropertyKey) {
    const out: Record<PropertyKey, T[]> = Object.create(null);
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      (out[k] ??= []).push(item);
    }
    return out;
  };
}
const P = Promise as unknown as { withResolvers?: unknown };
if (typeof P.withResolvers !== 'function') {
  P.withResolvers = function withResolvers<T>() {
    let resolve!: (v: T) => void;
    let reject!: (e: unknown) => void;
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
export {};
