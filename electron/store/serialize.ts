// Compact JSON of the store as UTF-8 bytes, re-encoding only the list items (cases, records…) an update
// replaced. Updates are immutable, so an untouched item keeps its identity and its cached bytes; at 50 cases
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

  return (data) => {
    // Keys in insertion order and undefined members left out, as JSON.stringify does.
    const chunks: Buffer[] = [];
    let separator = '{';
    for (const [key, value] of Object.entries(data)) {
      if (Array.isArray(value)) {
        chunks.push(Buffer.from(`${separator}${JSON.stringify(key)}:[`));
        value.forEach((item, index) => {
          if (index > 0) chunks.push(COMMA);
          chunks.push(encodeItem(item));
        });
        chunks.push(Buffer.from(']'));
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
