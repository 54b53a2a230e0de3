/**
 * A revision view: one drawable model holding both versions, with each box and link marked
 * added, removed, changed or unchanged. Removed boxes and links must be drawn to be seen, so
 * they come back from the earlier version (and a removed column with them).
 */
import { list_of } from './list.js';
import { logicModel_diff, type LogicModelBoxField, type LogicModelDiff } from './graph.js';
import type { LogicModel, LogicModelColumn, LogicModelLink } from './types.js';

/** How a box or link fared between two versions. */
export type RevisionStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** Both versions in one model, and what happened to each part. */
export interface LogicModelRevision {
  /** The later version, plus what the earlier one had and the later one dropped. */
  model: LogicModel;
  /** Per box id. */
  boxes: ReadonlyMap<string, { status: RevisionStatus; fields: LogicModelBoxField[] }>;
  /** Parallel to `model.links`. */
  links: Array<Exclude<RevisionStatus, 'changed'>>;
  /** Per column id: added, removed or unchanged. */
  columns: ReadonlyMap<string, Exclude<RevisionStatus, 'changed'>>;
  diff: LogicModelDiff;
}

/**
 * Merges two versions for a revision view. Columns keep the later order, with a removed column
 * put back after the column it followed; boxes and links of the later version come first, then
 * the removed ones. Box content (label, responsibility…) is the later version's.
 * @example const rev = logicModel_revision(v2025, v2026);
 *   rev.boxes.get('detox') // { status: 'changed', fields: ['responsibility'] }
 *   logicModel_layout(rev.model) // draw removed boxes dashed, added ones marked "added"
 */
export function logicModel_revision(before: LogicModel, after: LogicModel): LogicModelRevision {
  const diff = logicModel_diff(before, after);
  const columnsBefore = list_of(before?.columns).filter((c) => c && typeof c.id === 'string');
  const columns: LogicModelColumn[] = list_of(after?.columns).filter((c) => c && typeof c.id === 'string');
  const columnStatus = new Map<string, Exclude<RevisionStatus, 'changed'>>();
  const added = new Set(diff.addedColumns);
  for (const c of columns) if (!columnStatus.has(c.id)) columnStatus.set(c.id, added.has(c.id) ? 'added' : 'unchanged');
  columnsBefore.forEach((c, i) => {
    if (columnStatus.has(c.id)) return;
    // After the nearest earlier column that is already placed; first if there is none.
    let at = 0;
    for (let k = i - 1; k >= 0; k--) {
      const found = columns.findIndex((x) => x.id === columnsBefore[k]!.id);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    columns.splice(at, 0, c);
    columnStatus.set(c.id, 'removed');
  });

  const boxes = new Map<string, { status: RevisionStatus; fields: LogicModelBoxField[] }>();
  const changed = new Map(diff.changed.map((c) => [c.id, c.fields]));
  const addedBoxes = new Set(diff.added);
  const removedBoxes = new Set(diff.removed);
  const seen = new Set<string>();
  const boxList = [...list_of(after?.boxes), ...list_of(before?.boxes).filter((b) => b && removedBoxes.has(b.id))].filter(
    (b) => b && typeof b.id === 'string' && !seen.has(b.id) && !!seen.add(b.id),
  );
  for (const b of boxList) {
    const fields = changed.get(b.id);
    const status: RevisionStatus = addedBoxes.has(b.id) ? 'added' : removedBoxes.has(b.id) ? 'removed' : fields ? 'changed' : 'unchanged';
    boxes.set(b.id, { status, fields: fields ?? [] });
  }

  const key = (l: { from: string; to: string }) => `${l.from}\u0000${l.to}`;
  const addedLinks = new Set(diff.addedLinks.map(key));
  const removedLinks = new Set(diff.removedLinks.map(key));
  const links: LogicModelLink[] = [];
  const linkStatus: LogicModelRevision['links'] = [];
  const linked = new Set<string>();
  for (const l of list_of(after?.links)) {
    if (!l || !boxes.has(l.from) || !boxes.has(l.to) || linked.has(key(l))) continue;
    linked.add(key(l));
    links.push(l);
    linkStatus.push(addedLinks.has(key(l)) ? 'added' : 'unchanged');
  }
  for (const l of list_of(before?.links)) {
    if (!l || !removedLinks.has(key(l)) || linked.has(key(l)) || !boxes.has(l.from) || !boxes.has(l.to)) continue;
    linked.add(key(l));
    links.push(l);
    linkStatus.push('removed');
  }
  return { model: { ...after, columns, boxes: boxList, links }, boxes, links: linkStatus, columns: columnStatus, diff };
}
