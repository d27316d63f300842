// The bundled guide content. Bump CONTENT_VERSION whenever any content changes; step ids stay.
// CONTENT_DATA_HASH is the sha256 of data/*.ts (this file aside) for that version: a unit test
// fails when data/ changes and the version does not (tests/unit/guide/content-hash.ts).
import { documents } from './documents';
import { globalFacts } from './facts';
import { phrases } from './phrases';
import { providers } from './providers';
import type { ContentData } from './schema';
import { steps } from './steps';

export const CONTENT_VERSION = '2026-11-30.12';
export const CONTENT_DATA_HASH = 'f0efd826e93363f3bfd1c18ad4fbe5dce03f2b624dcd7bbc62b3cdb22ec421d3';

export const content = {
  version: CONTENT_VERSION,
  providers,
  globalFacts,
  steps,
  documents,
  phrases,
} satisfies ContentData;
