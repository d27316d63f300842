// Compact JSON of the store, re-stringifying only the cases an update replaced. Updates are immutable,
// so an untouched case keeps its identity and its cached JSON; at 50 cases × 100 steps a full
// JSON.stringify costs several times the write + fsync itself (see bench/store.ts).
import type { StoreData } from './schema';

/** Freezes what is not frozen yet. Stops at frozen objects: they were frozen whole, so re-walking is waste. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

export function createStoreSerializer(): (data: StoreData) => string {
  const cache = new WeakMap<object, string>();

  const stringifyCase = (item: unknown): string => {
    if (typeof item !== 'object' || item === null) return JSON.stringify(item) ?? 'null';
    const cached = cache.get(item);
    if (cached !== undefined) return cached;
    // A cached JSON is only right while its object cannot change: freezing turns a stray in-place
    // mutation into a TypeError instead of a silently stale file.
    deepFreeze(item);
    const json = JSON.stringify(item);
    cache.set(item, json);
    return json;
  };

  return (data) => {
    // Same bytes as JSON.stringify(data): keys in insertion order, undefined members left out.
    const members: string[] = [];
    for (const [key, value] of Object.entries(data)) {
      const json =
        key === 'cases' && Array.isArray(value)
          ? `[${value.map(stringifyCase).join(',')}]`
          : JSON.stringify(value);
      if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
    }
    return `{${members.join(',')}}`;
  };
}
