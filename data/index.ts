// The bundled guide content. Bump CONTENT_VERSION whenever any content changes; step ids stay.
// CONTENT_DATA_HASH is the sha256 of data/*.ts (this file aside) for that version: a unit test
// fails when data/ changes and the version does not (tests/unit/guide/content-hash.ts).
import { documents } from './documents';
import { globalFacts } from './facts';
import { phrases } from './phrases';
import { providers } from './providers';
import type { ContentData } from './schema';
import { steps } from './steps';

export const CONTENT_VERSION = '2026-12-07.10';
export const CONTENT_DATA_HASH = 'e534b5b240ca047cb67ad87144d8699e39791599f0bc77e117766cb998917593';

export const content = {
  version: CONTENT_VERSION,
  providers,
  globalFacts,
  steps,
  documents,
  phrases,
} satisfies ContentData;
