/**
 * The list a typed field claims to hold, or an empty one: data that skipped validation may hold
 * anything, and a helper must not throw on it.
 * @example list_of(undefined) // []
 */
export function list_of<T>(value: readonly T[] | null | undefined): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}
