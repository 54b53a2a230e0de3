import type { LogicModel } from '@rechesh/core';

/** Problems with a model's graph, as sentences; `[]` when it is well-formed. */
export function model_problems(model: LogicModel): string[] {
  const problems: string[] = [];
  const columnIndex = new Map(model.columns.map((c, i) => [c.id, i]));
  if (columnIndex.size !== model.columns.length) problems.push('duplicate column id');
  const boxes = new Map(model.boxes.map((b) => [b.id, b]));
  if (boxes.size !== model.boxes.length) problems.push('duplicate box id');
  for (const b of model.boxes) if (!columnIndex.has(b.column)) problems.push(`box ${b.id}: unknown column ${b.column}`);
  const seen = new Set<string>();
  for (const l of model.links) {
    const key = `${l.from}->${l.to}`;
    if (seen.has(key)) problems.push(`duplicate link ${key}`);
    seen.add(key);
    const from = boxes.get(l.from);
    const to = boxes.get(l.to);
    if (!from || !to) {
      problems.push(`dangling link ${key}`);
      continue;
    }
    if (columnIndex.get(from.column)! >= columnIndex.get(to.column)!) problems.push(`link ${key} does not go to a later column`);
  }
  // Cycles (cannot happen when every link goes forward, but check independently).
  const out = new Map<string, string[]>();
  for (const l of model.links) out.set(l.from, [...(out.get(l.from) ?? []), l.to]);
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'open') return true;
    if (state.get(id) === 'done') return false;
    state.set(id, 'open');
    const cyclic = (out.get(id) ?? []).some(visit);
    state.set(id, 'done');
    return cyclic;
  };
  if (model.boxes.some((b) => visit(b.id))) problems.push('cycle');
  const indicatorIds = new Set((model.indicators ?? []).map((i) => i.id));
  if (indicatorIds.size !== (model.indicators ?? []).length) problems.push('duplicate indicator id');
  for (const b of model.boxes) for (const id of b.indicatorIds ?? []) if (!indicatorIds.has(id)) problems.push(`box ${b.id}: unknown indicator ${id}`);
  return problems;
}

/** Problems with one string of text: stray whitespace, markup, run-together words. */
export function string_problems(s: string): string[] {
  const problems: string[] = [];
  if (s.trim() === '') problems.push('empty');
  if (s !== s.trim()) problems.push('leading or trailing whitespace');
  if (/\s{2,}/.test(s)) problems.push('double whitespace');
  if (/[\n\r\t\u00a0\u200b\u200e\u200f]/.test(s)) problems.push('line break, tab, no-break space or invisible mark');
  if (/<\/?[a-z]+[^>]*>|&[a-z]+;/i.test(s)) problems.push('markup');
  if (/[•▪●]|^- /.test(s)) problems.push('bullet');
  if (/\s[,.;:)]/.test(s)) problems.push('space before punctuation');
  if (/[a-z][A-Z]/.test(s)) problems.push('run-together Latin words');
  if (/[\u05d0-\u05ea][A-Za-z]|[A-Za-z][\u05d0-\u05ea]/.test(s)) problems.push('Hebrew run into Latin');
  if (/[.,;:][\u05d0-\u05eaA-Za-z\u0621-\u064a]/.test(s.replace(/\d[.,:]\d/g, ''))) problems.push('no space after punctuation');
  return problems;
}
