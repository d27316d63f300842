// The bundled guide content. Bump CONTENT_VERSION whenever any content changes; step ids stay.
// CONTENT_DATA_HASH is the sha256 of data/*.ts (this file aside) for that version: a unit test
// fails when data/ changes and the version does not (tests/unit/guide/content-hash.ts).
import { documents } from './documents';
import { globalFacts } from './facts';
import { phrases } from './phrases';
import { providers } from './providers';
import type { ContentData } from './schema';
import { steps } from './steps';

export const CONTENT_VERSION = '2026-12-07.8';
export const CONTENT_DATA_HASH = 'e5455bb607a6c34c97de9ca24c34fafd63548d57b0953cb38c029f0ec1a3a7da';

export const content = {
  version: CONTENT_VERSION,
  providers,
  globalFacts,
  steps,
  documents,
  phrases,
} satisfies ContentData;
