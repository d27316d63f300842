// The bundled guide content. Bump CONTENT_VERSION whenever any content changes; step ids stay.
// CONTENT_DATA_HASH is the sha256 of data/*.ts (this file aside) for that version: a unit test
// fails when data/ changes and the version does not (tests/unit/guide/content-hash.ts).
import { documents } from './documents';
import { globalFacts } from './facts';
import { phrases } from './phrases';
import { providers } from './providers';
import type { ContentData } from './schema';
import { steps } from './steps';

export const CONTENT_VERSION = '2026-11-30.19';
export const CONTENT_DATA_HASH = '764010c34f3bc76ec46a59f4ebc4670ce946f593b9690aa497e7db9b0495a512';

export const content = {
  version: CONTENT_VERSION,
  providers,
  globalFacts,
  steps,
  documents,
  phrases,
} satisfies ContentData;
