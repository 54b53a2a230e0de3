/**
 * Reading untrusted values field by field (internal): own properties only, getters that throw
 * and revoked proxies caught, lists bounded before their items are read, texts bounded. Every
 * reader records what is wrong in `issues` and returns `undefined` for a value it cannot use.
 */
import type { WorksheetIssue } from './issues.js';

/** An own property, read without running into prototypes; `undefined` when unreadable. */
export function own(record: unknown, key: string): unknown {
  try {
    if (!isRecord(record) || !Object.prototype.hasOwnProperty.call(record, key)) return undefined;
    return (record as Record<string, unknown>)[key];
  } catch {
    return undefined;
  }
}

/** A plain object (not a list, not null); false for anything that throws when looked at. */
export function isRecord(x: unknown): x is object {
  try {
    return x !== null && typeof x === 'object' && !Array.isArray(x);
  } catch {
    return false;
  }
}

/** The own enumerable string keys of a record, or `undefined` when there are more than `max`. */
export function keys_read(record: object, max: number): string[] | 'too-many' | undefined {
  try {
    const keys = Object.keys(record);
    return keys.length > max ? 'too-many' : keys;
  } catch {
    return undefined;
  }
}

/** `items[2]`, `items.note`, `items["plan-x"]`. */
export function path_join(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (prefix ? `${prefix}.${key}` : key) : `${prefix}[${JSON.stringify(key)}]`;
}

/** Ids: a letter or digit, then letters, digits, `_ . : -`. Keeps `__proto__` and friends out of keys. */
const ID = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]*$/u;

/** Whether a string can be an id of a worksheet (and so a key of its records). */
export function id_isValid(id: unknown, maxChars: number): boolean {
  return typeof id === 'string' && id.length <= maxChars && ID.test(id);
}

/** Collects issues, at most `max` of them and one per path (a second one about a field is noise). */
export class IssueList {
  readonly list: WorksheetIssue[] = [];
  private readonly paths = new Set<string>();
  constructor(private readonly max = 100) {}
  push(issue: WorksheetIssue): void {
    if (this.list.length >= this.max || this.paths.has(issue.path)) return;
    this.paths.add(issue.path);
    this.list.push(issue);
  }
}

/** A text: `undefined`/`null` read as `fallback`; not a string, or too long, is an issue. */
export function text_read(value: unknown, path: string, max: number, issues: IssueList, fallback = ''): string | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'string') {
    issues.push({ path, code: 'type', params: { expected: 'text' } });
    return undefined;
  }
  if (value.length > max) {
    issues.push({ path, code: 'too-long', params: { max } });
    return undefined;
  }
  return value;
}

/** An optional text: absent, null or empty gives `undefined` without an issue. */
export function optionalText_read(value: unknown, path: string, max: number, issues: IssueList): string | undefined {
  const text = text_read(value, path, max, issues);
  return text === '' ? undefined : text;
}

/** A required id. */
export function id_read(value: unknown, path: string, max: number, issues: IssueList): string | undefined {
  if (value === undefined || value === null || value === '') issues.push({ path, code: 'required' });
  else if (typeof value !== 'string') issues.push({ path, code: 'type', params: { expected: 'text' } });
  else if (!id_isValid(value, max)) issues.push({ path, code: 'id-format', params: { id: value.slice(0, 40) } });
  else return value;
  return undefined;
}

/** An optional id: absent, null or empty gives `undefined` without an issue. */
export function optionalId_read(value: unknown, path: string, max: number, issues: IssueList): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return id_read(value, path, max, issues);
}

/** One of `allowed`; absent gives `fallback` when there is one. */
export function enum_read<T extends string>(value: unknown, allowed: readonly T[], path: string, issues: IssueList, fallback?: T): T | undefined {
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  if (value === undefined || value === null) issues.push({ path, code: 'required' });
  else issues.push({ path, code: 'enum', params: { allowed: allowed.join(', ') } });
  return undefined;
}

/** A boolean; absent gives `fallback`. */
export function boolean_read(value: unknown, path: string, issues: IssueList, fallback = false): boolean | undefined {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  issues.push({ path, code: 'type', params: { expected: 'boolean' } });
  return undefined;
}

/** A plain copy of a list's items (absent reads as empty), or `undefined` with an issue. */
export function list_read(value: unknown, path: string, max: number, issues: IssueList): unknown[] | undefined {
  if (value === undefined || value === null) return [];
  try {
    if (!Array.isArray(value)) {
      issues.push({ path, code: 'type', params: { expected: 'list' } });
      return undefined;
    }
    const length: unknown = value.length;
    if (typeof length !== 'number' || !(length <= max)) {
      issues.push({ path, code: 'too-many', params: { max } });
      return undefined;
    }
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) {
      try {
        out.push(value[i]);
      } catch {
        out.push(undefined);
      }
    }
    return out;
  } catch {
    issues.push({ path, code: 'type', params: { expected: 'list' } });
    return undefined;
  }
}

/** A record's own fields; absent reads as `{}`, not a record is an issue. */
export function record_read(value: unknown, path: string, issues: IssueList, required = false): object | undefined {
  if ((value === undefined || value === null) && !required) return {};
  if (isRecord(value)) return value;
  issues.push(value === undefined || value === null ? { path, code: 'required' } : { path, code: 'type', params: { expected: 'object' } });
  return undefined;
}
