// A fingerprint of the guide content's source files and translations (data/locales/*.json: a
// reworded translation changes what people read as much as a fact does), so a test can tell when data/ changed
// without the content version moving. data/index.ts holds the version and the recorded hash, so it
// is left out (it would otherwise change its own hash).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA_DIR = join(import.meta.dirname, '../../../data');

export function contentDataHash(): string {
  const hash = createHash('sha256');
  // Recursive: the steps live in data/steps/, and a change there must move the version too.
  const files = readdirSync(DATA_DIR, { recursive: true, encoding: 'utf8' })
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => (f.endsWith('.ts') || f.endsWith('.json')) && f !== 'index.ts')
    .sort();
  for (const file of files) {
    // Line endings normalised, so a checkout on Windows gives the same hash.
    hash.update(`${file}\n${readFileSync(join(DATA_DIR, file), 'utf8').replace(/\r\n/g, '\n')}\n`);
  }
  return hash.digest('hex');
}
