// The shell's wiring, from the bundle electron-vite builds (out/main/index.js): the file Electron runs,
// with lowdb, zod and the rest bundled in. `npm test` builds before it runs the suites.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { describeShellWiring } from './shell-wiring';

const bundle = path.resolve(import.meta.dirname, '../../../out/main/index.js');
if (existsSync(bundle)) {
  describeShellWiring('built bundle', () => import(bundle));
} else {
  describe('the Electron shell wiring (built bundle)', () => {
    it.skip(`not built: ${bundle} is missing (run npm run build)`, () => undefined);
  });
}
