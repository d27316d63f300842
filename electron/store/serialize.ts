// Compact JSON of the store as UTF-8 bytes, re-encoding only the lists and list items (cases, records…)
// an update replaced. Updates are immutable, so an untouched item keeps its identity and its cached bytes; at 50 cases
// × 100 steps, JSON.stringify plus UTF-8 encoding of the whole store costs most of a durable write
// (see bench/store.ts).
import type { StoreData } from './schema';

/** Freezes what is not frozen yet. Stops at frozen objects: they were frozen whole, so re-walking is waste. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
  return value;
}

const COMMA = Buffer.from(',');
const OPEN = Buffer.from('[');
const CLOSE = Buffer.from(']');

/** Returns a serializer whose output is byte for byte `JSON.stringify(data)` in UTF-8. */
export function createStoreSerializer(): (data: StoreData) => Buffer {
  const cache = new WeakMap<object, Buffer>();

  const encodeItem = (item: unknown): Buffer => {
    if (typeof item !== 'object' || item === null) return Buffer.from(JSON.stringify(item) ?? 'null');
    const cached = cache.get(item);
    if (cached !== undefined) return cached;
    // Cached bytes are only right while their object cannot change: freezing turns a stray in-place
    // mutation into a TypeError instead of a silently stale file.
    deepFreeze(item);
    const bytes = Buffer.from(JSON.stringify(item));
    cache.set(item, bytes);
    return bytes;
  };

  /** A whole list is cached too: a change to one case leaves the 5,000-record list's bytes as they were. */
  const encodeList = (list: readonly unknown[]): Buffer => {
    const cached = cache.get(list);
    if (cached !== undefined) return cached;
    const parts: Buffer[] = [OPEN];
    list.forEach((item, index) => {
      if (index > 0) parts.push(COMMA);
      parts.push(encodeItem(item));
    });
    parts.push(CLOSE);
    Object.freeze(list);
    const bytes = Buffer.concat(parts);
    cache.set(list, bytes);
    return bytes;
  };

  return (data) => {
    // Keys in insertion order and undefined members left out, as JSON.stringify does.
    const chunks: Buffer[] = [];
    let separator = '{';
    for (const [key, value] of Object.entries(data)) {
      if (Array.isArray(value)) {
        chunks.push(Buffer.from(`${separator}${JSON.stringify(key)}:`), encodeList(value));
      } else {
        const json = JSON.stringify(value);
        if (json === undefined) continue;
        chunks.push(Buffer.from(`${separator}${JSON.stringify(key)}:${json}`));
      }
      separator = ',';
    }
    chunks.push(Buffer.from(separator === '{' ? '{}' : '}'));
    return Buffer.concat(chunks);
  };
}
