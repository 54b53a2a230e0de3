import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validate_logicModel, logicModel_clean } from '../../src/logic-model/validate.js';
import { logicModel_layout, type LogicModelLayout } from '../../src/logic-model/layout.js';
import { logicModel_paths, logicModel_tender, logicModel_diff, logicModel_collapse } from '../../src/logic-model/graph.js';
import { logicModel_nav, type LogicModelMove } from '../../src/logic-model/nav.js';
import { logicModel_revision } from '../../src/logic-model/revision.js';
import { layout_physical } from '../../src/logic-model/physical.js';
import { logicModel_summary, logicModel_outline, logicModel_announce } from '../../src/logic-model/summary.js';
import type { LogicModel } from '../../src/logic-model/types.js';
import { overlaps } from './fixtures.js';

const garbage = fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true });
// A small pool, so ids collide (duplicates), links miss (dangling) and hit themselves (self-links).
const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', '__proto__', 'constructor', 'toString', '', ' ');
const text = fc.oneof(fc.string(), fc.record({ he: fc.string(), en: fc.string() }, { requiredKeys: [] }), garbage);

/** Random graphs of any quality: cycles, self-links, dangling links, empty columns, duplicate ids, garbage values. */
const wild = fc.record(
  {
    id: fc.oneof(fc.string(), garbage),
    title: text,
    columns: fc.oneof(fc.array(fc.record({ id, label: text }, { requiredKeys: ['id'] }), { maxLength: 6 }), garbage),
    boxes: fc.oneof(
      fc.array(
        fc.record(
          { id, column: id, label: text, responsibility: fc.oneof(fc.constantFrom('operator', 'ministry', 'shared', 'adjacent'), garbage), key: fc.oneof(fc.boolean(), garbage), indicatorIds: fc.oneof(fc.array(id), garbage) },
          { requiredKeys: ['id', 'column'] },
        ),
        { maxLength: 14 },
      ),
      garbage,
    ),
    links: fc.oneof(fc.array(fc.oneof(fc.record({ from: id, to: id }), garbage), { maxLength: 24 }), garbage),
    indicators: fc.oneof(fc.constant(undefined), fc.array(fc.record({ id, name: fc.string(), kind: fc.constant('output'), unit: fc.constant('count'), polarity: fc.constant('none') }), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);

/** Valid models: k columns, n boxes, links only toward later columns. */
function validModel(maxColumns: number, maxBoxes: number, maxLinks: number, minBoxes = 0, keepLinks = Infinity) {
  return fc
    .record({
      columns: fc.integer({ min: 1, max: maxColumns }),
      placement: fc.array(fc.nat(), { minLength: minBoxes, maxLength: maxBoxes }),
      heights: fc.array(fc.integer({ min: 10, max: 120 }), { minLength: 1, maxLength: 5 }),
      links: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: minBoxes > 0 ? maxLinks : 0, maxLength: maxLinks }),
      key: fc.array(fc.boolean(), { maxLength: 5 }),
    })
    .map(({ columns, placement, heights, links, key }) => {
      const boxes = placement.map((p, i) => ({ id: `b${i}`, column: `c${(p + i) % columns}`, label: `Box ${i}`, key: key[i % Math.max(1, key.length)] ?? false }));
      const col = (i: number) => Number(boxes[i]!.column.slice(1));
      const seen = new Set<string>();
      const modelLinks = boxes.length === 0 ? [] : links
        .map(([x, y]) => [x % boxes.length, y % boxes.length] as const)
        .map(([x, y]) => (col(x) > col(y) ? ([y, x] as const) : ([x, y] as const)))
        .filter(([x, y]) => col(x) < col(y) && !seen.has(`${x}-${y}`) && !!seen.add(`${x}-${y}`))
        .slice(0, keepLinks)
        .map(([x, y]) => ({ from: `b${x}`, to: `b${y}` }));
      const model: LogicModel = {
        id: 'm',
        title: 'M',
        columns: Array.from({ length: columns }, (_, i) => ({ id: `c${i}`, label: `Column ${i}` })),
        boxes,
        links: modelLinks,
      };
      const size = (box: { id: string }) => ({ width: 80 + (Number(box.id.slice(1)) % 3) * 40, height: heights[Number(box.id.slice(1)) % heights.length]! });
      return { model, size };
    });
}

function inBands(layout: LogicModelLayout): boolean {
  return layout.boxes.every((b) => {
    const band = layout.columns[b.columnIndex]!;
    return band.id === b.column && b.inline >= band.inline && b.inline + b.width <= band.inline + band.width && band.boxIds.includes(b.id);
  });
}

describe('logic model, property-based', () => {
  it('validation never throws on random graphs, and always explains a refusal with a path', () => {
    fc.assert(
      fc.property(fc.oneof(wild, garbage), (input) => {
        const r = validate_logicModel(input);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) expect(typeof i.path).toBe('string');
        } else expect(r.issues).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('the lenient path never throws, and what it keeps has no graph or box problems left', () => {
    fc.assert(
      fc.property(wild, (input) => {
        const { model, issues } = logicModel_clean(input);
        const again = validate_logicModel(model);
        const left = again.ok ? [] : again.issues.filter((i) => !['id', 'title', 'columns'].includes(i.path));
        expect(left).toEqual([]);
        if (validate_logicModel(input).ok) expect(issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('everything downstream of validation survives unvalidated, typed-but-wrong data', () => {
    const moves: LogicModelMove[] = ['forward', 'backward', 'next-link', 'previous-link', 'up', 'down', 'first', 'last', 'column-forward', 'column-backward', 'start', 'end'];
    fc.assert(
      fc.property(wild, fc.constantFrom(...moves), (input, move) => {
        const model = input as unknown as LogicModel;
        const layout = logicModel_layout(model);
        logicModel_paths(model, 'a');
        logicModel_tender(model, { keyOnly: true });
        logicModel_tender(model, { boxIds: ['a', 'b'] });
        logicModel_diff(model, model);
        logicModel_revision(model, input as LogicModel);
        layout_physical(layout, 'rtl');
        logicModel_collapse(model, ['a']);
        logicModel_nav(layout, 'a', move);
        logicModel_summary(logicModel_clean(input).model, 'he');
        logicModel_outline(logicModel_clean(input).model, 'ar', layout);
        logicModel_announce(model, layout, 'a', 'en');
      }),
      { numRuns: 200 },
    );
  });

  it('validation flags injected faults in valid models', () => {
    const faults = ['self-link', 'dangling-link', 'duplicate-id', 'unknown-column', 'cycle'] as const;
    fc.assert(
      fc.property(validModel(5, 12, 20), fc.constantFrom(...faults), fc.nat(), ({ model }, fault, n) => {
        expect(validate_logicModel(model).ok).toBe(true);
        if (model.boxes.length === 0) return;
        const box = model.boxes[n % model.boxes.length]!;
        const m: LogicModel = structuredClone(model);
        if (fault === 'self-link') m.links.push({ from: box.id, to: box.id });
        if (fault === 'dangling-link') m.links.push({ from: box.id, to: 'missing' });
        if (fault === 'duplicate-id') m.boxes.push({ ...box });
        if (fault === 'unknown-column') m.boxes.push({ id: 'new', column: 'nowhere', label: 'x' });
        if (fault === 'cycle') {
          const later = m.links.find((l) => l.from === box.id);
          if (!later) return;
          m.links.push({ from: later.to, to: box.id });
        }
        const r = validate_logicModel(m);
        expect(r.ok).toBe(false);
        expect(r.issues.map((i) => i.code)).toContain(fault);
      }),
      { numRuns: 300 },
    );
  });

  it('the layout of any valid model has no overlapping boxes, keeps boxes in their bands, and is deterministic', () => {
    fc.assert(
      fc.property(validModel(6, 30, 60), fc.integer({ min: 0, max: 40 }), ({ model, size }, boxGap) => {
        const options = { size, boxGap, columnGap: 40 };
        const layout = logicModel_layout(model, options);
        expect(overlaps(layout)).toEqual([]);
        expect(inBands(layout)).toBe(true);
        expect(layout.boxes).toHaveLength(model.boxes.length);
        expect(layout.crossings.after).toBeLessThanOrEqual(layout.crossings.before);
        for (const b of layout.boxes) expect(b.block + b.height).toBeLessThanOrEqual(layout.blockSize);
        for (const l of layout.links) expect(l.kind).toBe('forward');
        expect(logicModel_layout(structuredClone(model), options)).toEqual(layout);
      }),
      { numRuns: 200 },
    );
  });

  it('graph helpers agree with each other on valid models', () => {
    fc.assert(
      fc.property(validModel(5, 15, 30), fc.nat(), ({ model }, n) => {
        if (model.boxes.length === 0) return;
        const box = model.boxes[n % model.boxes.length]!.id;
        const p = logicModel_paths(model, box);
        expect(p.downstream.boxIds).not.toContain(box); // acyclic
        const t = logicModel_tender(model, { boxIds: [box] });
        expect(new Set(t.model.boxes.map((b) => b.id))).toEqual(new Set([box, ...p.upstream.boxIds, ...p.downstream.boxIds]));
        expect(t.shown + t.omittedBoxIds.length).toBe(t.total);
        expect(validate_logicModel(t.model).ok).toBe(true);
        expect(validate_logicModel(logicModel_tender(model, { keyOnly: true }).model).ok).toBe(true);
        const d = logicModel_diff(model, t.model);
        expect(d.removed.sort()).toEqual([...t.omittedBoxIds].sort());
        expect(d.added).toEqual([]);
        const c = logicModel_collapse(model, ['c1']);
        expect(validate_logicModel(c.model).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a 500-box, 1,000-link model is validated and laid out quickly, without overlaps', () => {
    fc.assert(
      fc.property(validModel(6, 500, 2000, 500, 1000).filter(({ model }) => model.columns.length >= 4), ({ model, size }) => {
        expect(model.boxes).toHaveLength(500);
        expect(model.links).toHaveLength(1000);
        const t0 = performance.now();
        const r = validate_logicModel(model);
        const t1 = performance.now();
        const layout = logicModel_layout(model, { size });
        const t2 = performance.now();
        expect(r.ok).toBe(true);
        expect(overlaps(layout)).toEqual([]);
        expect(inBands(layout)).toBe(true);
        console.info(`logic model ${model.boxes.length} boxes / ${model.links.length} links: validate ${(t1 - t0).toFixed(1)} ms, layout ${(t2 - t1).toFixed(1)} ms, crossings ${layout.crossings.before} → ${layout.crossings.after}`);
        expect(t2 - t1).toBeLessThan(2000);
      }),
      { numRuns: 3 },
    );
  });

  it('validation never throws on a 500-box graph full of faults', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ id: fc.integer({ min: 0, max: 520 }).map(String), column: fc.integer({ min: 0, max: 7 }).map((i) => `c${i}`), label: fc.constant('x') }), { minLength: 500, maxLength: 500 }),
        fc.array(fc.record({ from: fc.integer({ min: 0, max: 520 }).map(String), to: fc.integer({ min: 0, max: 520 }).map(String) }), { minLength: 1000, maxLength: 1000 }),
        (boxes, links) => {
          const input = { id: 'big', title: 'Big', columns: Array.from({ length: 6 }, (_, i) => ({ id: `c${i}`, label: `C${i}` })), boxes, links };
          const r = validate_logicModel(input);
          expect(r.ok).toBe(false);
          const { model } = logicModel_clean(input);
          const layout = logicModel_layout(model);
          expect(overlaps(layout)).toEqual([]);
        },
      ),
      { numRuns: 2 },
    );
  });
});
