import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { area, line } from 'd3-shape';
import type { ChartPoint } from '@rechesh/core';
import { bandOf, pathOf, pen_of, segmentPath } from './Plot.js';

/** The chart writes its paths itself; they must be exactly what d3-shape drew before. */
const px = (i: number) => 40 + i * 3.3333333;
const py = (v: number) => 270 - v * 2.4000001;
const pen = (n: number) => pen_of(n, px, py);

const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -50, max: 150, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, NaN, Infinity, -0, 0) },
);

describe('pathOf', () => {
  it('equals d3-shape line() with the same defined rule, gaps and lone points included', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const d3 = line<{ i: number; v: number | undefined }>()
          .defined((d) => typeof d.v === 'number' && Number.isFinite(d.v))
          .x((d) => px(d.i))
          .y((d) => py(d.v as number))(values.map((v, i) => ({ i, v })));
        expect(pathOf(values, pen(values.length))).toBe(d3);
      }),
      { numRuns: 500 },
    );
  });
});

describe('segmentPath', () => {
  it('equals d3-shape line() through the points of a segment (repeated values included)', () => {
    const shownValue = fc.oneof(fc.double({ min: -50, max: 150, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 12.5));
    fc.assert(
      fc.property(fc.array(shownValue, { minLength: 2, maxLength: 60 }), fc.nat(5), fc.constantFrom(1, 1, 3), (values, offset, stride) => {
        // A segment starting some way into the series: indices offset..offset+n−1.
        const points = [...Array<number>(offset).fill(0), ...values].map((value, index) => ({ index, value, state: 'shown', period: String(index) }) as ChartPoint);
        // Usually a run of consecutive indices; with a stride, any increasing list of them.
        const seg = values.map((_, j) => offset + j).filter((i) => stride === 1 || i % stride !== 1 || i === offset);
        if (seg.length < 2) return;
        const d3 = line<ChartPoint>()
          .x((p) => px(p.index))
          .y((p) => py(p.value as number))(seg.map((i) => points[i]!));
        expect(segmentPath(seg, points, pen(points.length))).toBe(d3);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bandOf', () => {
  it('equals d3-shape area() over points with and without intervals', () => {
    const point = fc.record({
      // The points of a segment: all shown, some with an interval.
      state: fc.constant<ChartPoint['state']>('shown'),
      value: fc.double({ min: 0, max: 100, noNaN: true }),
      interval: fc.option(
        fc.record({ lower: fc.double({ min: -10, max: 100, noNaN: true }), upper: fc.double({ min: 0, max: 110, noNaN: true }), level: fc.constant(0.95) }),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), (raw) => {
        const points = raw.map((p, index) => ({ ...p, index, period: String(2000 + index) }) as ChartPoint);
        const d3 = area<ChartPoint>()
          .defined((p) => !!p.interval)
          .x((p) => px(p.index))
          .y0((p) => py(p.interval!.lower))
          .y1((p) => py(p.interval!.upper))(points);
        expect(bandOf(points, points.map((_, i) => i), pen(points.length))).toBe(d3);
      }),
      { numRuns: 500 },
    );
  });
});
