import type { ReactElement } from 'react';

/**
 * The benchmark's data, identical for both libraries: SERIES series × POINTS consecutive months
 * from 1860-01, each a deterministic pseudo-random walk in 0..100 (percent). Only the numbers are
 * shared here; each library's module turns them into its own input shape before timing starts.
 */
export const SERIES = 5;
export const POINTS = 2000;
export const TARGET = 60;

/** mulberry32: a tiny seeded PRNG, so every run and both libraries see the same values. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 'YYYY-MM' labels for `count` consecutive months from 1860-01. */
export function months(count: number, fromYear = 1860): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const y = fromYear + Math.floor(i / 12);
    const m = (i % 12) + 1;
    out.push(`${y}-${m < 10 ? '0' : ''}${m}`);
  }
  return out;
}

/**
 * `series` random walks of `points` values in 0..100 with one decimal. Steps are uniform in
 * ±3 points, reflected at the bounds. `seed` 1 is the first render, 2 the update.
 */
export function randomWalks(seed: number, series = SERIES, points = POINTS): number[][] {
  const rand = mulberry32(seed);
  const out: number[][] = [];
  for (let s = 0; s < series; s++) {
    const values: number[] = [];
    let v = 30 + rand() * 40;
    for (let i = 0; i < points; i++) {
      v += (rand() - 0.5) * 6;
      if (v < 0) v = -v;
      if (v > 100) v = 200 - v;
      values.push(Math.round(v * 10) / 10);
    }
    out.push(values);
  }
  return out;
}

/** What a library module gives the page: prepare data outside the timed region, then render it. */
export interface ChartLib<Data> {
  name: 'ours' | 'recharts';
  prepare(walks: number[][], periods: string[]): Data;
  element(data: Data): ReactElement;
  /** True when every series line, both axes and the target line are in the DOM. */
  complete(container: HTMLElement): boolean;
}
