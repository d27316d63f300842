// The bundled guide content. Bump CONTENT_VERSION whenever any content changes; step ids stay.
// CONTENT_DATA_HASH is the sha256 of data/*.ts (this file aside) for that version: a unit test
// fails when data/ changes and the version does not (tests/unit/guide/content-hash.ts).
import { documents } from './documents';
import { globalFacts } from './facts';
import { phrases } from './phrases';
import { providers } from './providers';
import type { ContentData } from './schema';
import { steps } from './steps';

export const CONTENT_VERSION = '2026-12-07.12';
export const CONTENT_DATA_HASH = '25c8e7797ba1100cd74b67256b6acf811c23b9dd1f35d534b5ba50a7ac8f36f9';

export const content = {
  version: CONTENT_VERSION,
  providers,
  globalFacts,
  steps,
  documents,
  phrases,
} satisfies ContentData;
