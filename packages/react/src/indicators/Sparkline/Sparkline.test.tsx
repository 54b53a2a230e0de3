import * as React from 'react';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { render, screen } from '@testing-library/react';
import * as fc from 'fast-check';
import { Sparkline, type SparklinePoint, type SparklineProps } from './Sparkline.js';

const WIDTH = 120;
const PAD = 3; // the sparkline's inner padding: the first and last points sit this far from the edges

type Value = number | null;

function points(values: readonly Value[]): SparklinePoint[] {
  return values.map((value, i) => ({ key: `p${i}`, value }));
}

function spark(values: readonly Value[], props: Partial<SparklineProps> = {}) {
  return render(<Sparkline points={points(values)} label="Trend" {...props} />);
}

const drawable = (v: Value): v is number => typeof v === 'number' && Number.isFinite(v);

/** Runs of consecutive drawable values, as lists of their indexes. */
function runs(values: readonly Value[]): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  values.forEach((v, i) => {
    if (drawable(v)) current.push(i);
    else if (current.length) {
      out.push(current);
      current = [];
    }
  });
  if (current.length) out.push(current);
  return out;
}

/** The line's `d`, split into subpaths (one per M), each a list of [x, y]. */
function subpaths(d: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (command === 'Z') continue;
    const [x, y] = args!.split(',').map(Number) as [number, number];
    if (command === 'M') out.push([[x, y]]);
    else out[out.length - 1]!.push([x, y]);
  }
  return out;
}

/** The index of the point drawn at x, for a line of n points. */
function indexAt(x: number, n: number, dir: 'ltr' | 'rtl' = 'ltr'): number {
  const t = (x - PAD) / (WIDTH - 2 * PAD);
  return Math.round((dir === 'rtl' ? 1 - t : t) * Math.max(1, n - 1));
}

function lineOf(container: HTMLElement): string {
  return container.querySelector('path.rch-sparkline__line')?.getAttribute('d') ?? '';
}

function circles(container: HTMLElement) {
  return Array.from(container.querySelectorAll('circle')).map((c) => ({
    cls: c.getAttribute('class'),
    cx: Number(c.getAttribute('cx')),
    cy: Number(c.getAttribute('cy')),
  }));
}

/** Every attribute value of the drawing. */
function attributes(container: HTMLElement): string[] {
  const svg = container.querySelector('svg');
  if (!svg) return [];
  return [svg, ...Array.from(svg.querySelectorAll('*'))].flatMap((el) => Array.from(el.attributes).map((a) => a.value));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what a screen reader gets', () => {
  it('is an image named by its label', () => {
    spark([1, 2, 3], { label: 'Last 3 periods. From 1% to 3%' });
    expect(screen.getByRole('img', { name: 'Last 3 periods. From 1% to 3%' })).toBeTruthy();
  });
});

describe('gaps stay gaps', () => {
  it('draws every finite point exactly once, as one M or L command', () => {
    const values = [4, 6, null, 8, 9, 7, null, null, 5];
    const { container } = spark(values);
    const commands = lineOf(container).match(/[ML]/g) ?? [];
    expect(commands.length).toBe(values.filter(drawable).length);
  });

  it('starts a new subpath after each gap, one per run of measured periods', () => {
    const values = [4, 6, null, 8, 9, 7, null, null, 5, 6];
    const { container } = spark(values);
    const drawn = subpaths(lineOf(container)).map((sub) => sub.map(([x]) => indexAt(x, values.length)));
    expect(drawn).toEqual(runs(values)); // [[0, 1], [3, 4, 5], [8, 9]]
  });

  it('never joins two points across a gap: [10, null, 30] is two separate dots', () => {
    const { container } = spark([10, null, 30]);
    const d = lineOf(container);
    expect(d).not.toContain('L');
    expect(d.match(/M/g)).toHaveLength(2);
    const dots = circles(container);
    expect(dots).toHaveLength(2);
    expect(dots.map((c) => indexAt(c.cx, 3))).toEqual([0, 2]);
  });

  it('marks a point between two gaps with a dot, so it does not vanish', () => {
    const { container } = spark([null, 10, null, 20, 30]);
    const dot = container.querySelector('circle.rch-sparkline__dot');
    expect(dot).not.toBeNull();
    expect(indexAt(Number(dot!.getAttribute('cx')), 5)).toBe(1);
  });

  it('does not mark points that are part of a line', () => {
    const { container } = spark([10, 20, 30, 40]);
    expect(container.querySelectorAll('circle.rch-sparkline__dot')).toHaveLength(0);
  });

  it('does not mark the latest period when it has no value', () => {
    const { container } = spark([10, 20, null]);
    expect(container.querySelector('circle.rch-sparkline__last')).toBeNull();
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
  ])('treats %s as a gap, drawing exactly what null draws', (_, bad) => {
    const withNull = spark([10, null, 30, 40, null, 20]);
    const expected = { d: lineOf(withNull.container), circles: circles(withNull.container) };
    withNull.unmount();
    const { container } = spark([10, bad, 30, 40, bad, 20]);
    expect({ d: lineOf(container), circles: circles(container) }).toEqual(expected);
    expect(attributes(container).join(' ')).not.toMatch(/NaN|Infinity/);
  });

  it('a gap value does not stretch the scale of the points that are drawn', () => {
    const plain = spark([10, 20, 30]);
    const expected = lineOf(plain.container);
    plain.unmount();
    const { container } = spark([10, 20, 30, null]);
    // Same values, one more period: x positions change, y positions must not.
    const ys = (d: string) => subpaths(d).flat().map(([, y]) => y);
    expect(ys(lineOf(container))).toEqual(ys(expected));
  });
});

describe('direction of time', () => {
  it("in RTL the latest point is to the left of the first (time flows right to left)", () => {
    const { container } = spark([10, 20, 30, 25], { dir: 'rtl' });
    const [first] = subpaths(lineOf(container))[0]!;
    const last = container.querySelector('circle.rch-sparkline__last');
    expect(Number(last!.getAttribute('cx'))).toBeLessThan(first![0]);
    expect(container.querySelector('svg')!.getAttribute('data-dir')).toBe('rtl');
  });

  it('in LTR the latest point is to the right of the first', () => {
    const { container } = spark([10, 20, 30, 25], { dir: 'ltr' });
    const [first] = subpaths(lineOf(container))[0]!;
    const last = container.querySelector('circle.rch-sparkline__last');
    expect(Number(last!.getAttribute('cx'))).toBeGreaterThan(first![0]);
  });

  it('RTL mirrors LTR: same heights, x reflected', () => {
    const values = [10, null, 30, 25, 40];
    const ltr = subpaths(lineOf(spark(values, { dir: 'ltr' }).container));
    const rtl = subpaths(lineOf(spark(values, { dir: 'rtl' }).container));
    expect(rtl.map((sub) => sub.map(([x, y]) => [Math.round(WIDTH - x), y]))).toEqual(
      ltr.map((sub) => sub.map(([x, y]) => [Math.round(x), y])),
    );
  });

  it('higher values sit higher (smaller y)', () => {
    const { container } = spark([10, 40]);
    const [[a, b]] = subpaths(lineOf(container)) as [[number, number][]];
    expect(b![1]).toBeLessThan(a![1]);
  });
});

describe('degenerate series', () => {
  it('draws a flat line for all-equal values, with no NaN anywhere', () => {
    const { container } = spark([5, 5, 5, 5]);
    expect(attributes(container).join(' ')).not.toMatch(/NaN|Infinity/);
    const ys = new Set(subpaths(lineOf(container)).flat().map(([, y]) => y));
    expect(ys.size).toBe(1);
    expect(Number.isFinite([...ys][0])).toBe(true);
  });

  it('draws a single point as the latest-period mark, with no NaN anywhere', () => {
    const { container } = spark([42]);
    expect(attributes(container).join(' ')).not.toMatch(/NaN|Infinity/);
    const last = container.querySelector('circle.rch-sparkline__last');
    expect(last).not.toBeNull();
    expect(Number.isFinite(Number(last!.getAttribute('cx')))).toBe(true);
    expect(Number.isFinite(Number(last!.getAttribute('cy')))).toBe(true);
  });

  it('draws nothing but the empty image when there are no points or only gaps', () => {
    for (const values of [[], [null, Number.NaN, null]]) {
      const { container, unmount } = spark(values);
      expect(screen.getByRole('img', { name: 'Trend' })).toBeTruthy();
      expect(container.querySelector('path, circle')).toBeNull();
      unmount();
    }
  });
});

describe('the reference line (the target)', () => {
  it('is drawn when the reference is a finite number, across the full width', () => {
    const { container } = spark([10, 20, 30], { reference: 25 });
    const line = container.querySelector('line.rch-sparkline__reference');
    expect(line).not.toBeNull();
    expect(line!.getAttribute('y1')).toBe(line!.getAttribute('y2'));
    expect(Number(line!.getAttribute('x1'))).toBe(PAD);
    expect(Number(line!.getAttribute('x2'))).toBe(WIDTH - PAD);
  });

  it('sits between the points above and below it', () => {
    const { container } = spark([10, 40], { reference: 25 });
    const y = Number(container.querySelector('line.rch-sparkline__reference')!.getAttribute('y1'));
    const [[low, high]] = subpaths(lineOf(container)) as [[number, number][]];
    expect(y).toBeLessThan(low![1]);
    expect(y).toBeGreaterThan(high![1]);
  });

  it('widens the scale to keep a far-away target in view', () => {
    const { container } = spark([10, 20], { reference: 1000 });
    const y = Number(container.querySelector('line.rch-sparkline__reference')!.getAttribute('y1'));
    expect(y).toBeGreaterThanOrEqual(0);
    expect(y).toBeLessThanOrEqual(32);
  });

  it.each([
    ['undefined', undefined],
    ['NaN', Number.NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
  ])('is not drawn when the reference is %s', (_, reference) => {
    const { container } = spark([10, 20, 30], { reference });
    expect(container.querySelector('line')).toBeNull();
    expect(attributes(container).join(' ')).not.toMatch(/NaN|Infinity/);
  });
});

describe('property: any series', () => {
  // Any double: the scale works in units of the largest magnitude, so huge values cannot overflow.
  const value: fc.Arbitrary<Value> = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(null, Number.NaN, Infinity, -Infinity, 0, -0, Number.MIN_VALUE),
  );

  it('never throws, never writes NaN or Infinity, and never joins points across a gap', () => {
    fc.assert(
      fc.property(
        fc.array(value, { maxLength: 24 }),
        fc.option(value, { nil: undefined }),
        fc.constantFrom('ltr' as const, 'rtl' as const),
        (values, reference, dir) => {
          const { container, unmount } = spark(values, { reference: reference ?? undefined, dir });
          const attrs = attributes(container);
          const drawn = subpaths(lineOf(container)).map((sub) => sub.map(([x]) => indexAt(x, values.length, dir)));
          unmount();
          expect(attrs.join(' ')).not.toMatch(/NaN|Infinity/);
          expect(drawn).toEqual(runs(values));
        },
      ),
      { numRuns: 300 },
    );
  });

  // A flat series is widened by ±1; from 2^53 up v - 1 === v + 1 unless the scale is normalised.
  it('never writes NaN for a flat series of huge values', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React warns about the NaN attribute
    const { container } = spark([1e17, 1e17]);
    expect(attributes(container).join(' ')).not.toMatch(/NaN|Infinity/);
  });

  // Near ±Number.MAX_VALUE, hi - lo would overflow to Infinity and give "M3,NaN…".
  it('never writes NaN for values near the largest double', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {}); // React warns about the NaN attribute
    const { container } = spark([Number.MAX_VALUE, -Number.MAX_VALUE, 0]);
    expect(attributes(container).join(' ')).not.toMatch(/NaN|Infinity/);
  });
});

describe('breaks at a definition revision', () => {
  it('does not join the points on either side of a break, and marks where it is', () => {
    const { container } = render(
      <Sparkline label="x" points={[10, 20, 30, 40].map((value, i) => ({ key: `k${i}`, value }))} breaks={[2]} />,
    );
    const d = container.querySelector('.rch-sparkline__line')!.getAttribute('d')!;
    expect(d.match(/M/g)).toHaveLength(2);
    expect(container.querySelectorAll('.rch-sparkline__break')).toHaveLength(1);
  });

  it('ignores breaks outside the points', () => {
    const { container } = render(
      <Sparkline label="x" points={[10, 20, 30].map((value, i) => ({ key: `k${i}`, value }))} breaks={[0, 3, -1, 1.5]} />,
    );
    expect(container.querySelector('.rch-sparkline__line')!.getAttribute('d')!.match(/M/g)).toHaveLength(1);
    expect(container.querySelectorAll('.rch-sparkline__break')).toHaveLength(0);
  });
});
