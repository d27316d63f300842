// The OS ports a bench runs with: nothing opens, every dialog answers "cancelled" unless a bench says
// otherwise (the report bench names its save path and printer).
import type { Ports } from '../electron/services/ports';

export function quietPorts(overrides: Partial<Ports> & Pick<Ports, 'printToPdf'>): Ports {
  return {
    now: () => new Date(),
    openFolder: async () => undefined,
    openExternal: async () => undefined,
    applyTheme: () => undefined,
    applyLanguage: () => undefined,
    copyText: () => undefined,
    chooseFolder: async () => null,
    rememberDataFolder: async () => undefined,
    restart: () => undefined,
    pickFiles: async () => [],
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    // Images drawn as they are, unless a bench brings its own fitter (the report bench does); nothing
    // readied ahead of a print unless a bench brings its printer's.
    fitPng: async () => null,
    preparePrint: async () => undefined,
    ...overrides,
  };
}
