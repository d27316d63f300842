// The shell's wiring, from the bundle electron-vite builds (out/main/index.js): the file Electron runs,
// with lowdb, zod and the rest bundled in. `npm test` builds before it runs the suites.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it, vi } from 'vitest';
import { createFakeElectron } from './fake-electron';
import { describeShellWiring } from './shell-wiring';

const fake = createFakeElectron();
vi.mock('electron', () => fake);

const bundle = path.resolve(import.meta.dirname, '../../../out/main/index.js');
if (existsSync(bundle)) {
  describeShellWiring('built bundle', fake, () => import(bundle));
} else {
  describe('the Electron shell wiring (built bundle)', () => {
    it.skip(`not built: ${bundle} is missing (run npm run build)`, () => undefined);
  });
}
