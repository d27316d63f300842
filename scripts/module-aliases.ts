// Dependencies' dependencies swapped for modules of our own that give the same answers faster, the
// same way wherever the code runs: by Vite in the build (electron.vite.config.ts) and, in the Node runs
// (the bench, the unit tests), by a resolve hook (./register-module-aliases.ts). Paths from the
// project's root.
export const MODULE_ALIASES: Record<string, string> = {
  // yazl's CRC-32 from Node's zlib.
  'buffer-crc32': 'electron/proof/crc32.ts',
};
