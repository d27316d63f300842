// The shell's wiring, from the TypeScript source.
import { vi } from 'vitest';
import { createFakeElectron } from './fake-electron';
import { describeShellWiring } from './shell-wiring';

const fake = createFakeElectron();
vi.mock('electron', () => fake);

describeShellWiring('source', fake, () => import('../../../electron/main/index'));
