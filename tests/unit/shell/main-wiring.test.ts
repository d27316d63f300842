// The shell's wiring, from the TypeScript source.
import { describeShellWiring } from './shell-wiring';

describeShellWiring('source', () => import('../../../electron/main/index'));
