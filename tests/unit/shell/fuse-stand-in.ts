// A stand-in for the Electron binary, for the fuse tests: the fuse sentinel, wire version 1, then 8 fuses
// in Electron's shipped state (RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on; the rest off).
// Flipped with electron-builder's own fuse step, it is what the packaged binary holds.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type FuseConfig, flipFuses } from '@electron/fuses';
import { type Configuration, type FuseOptionsV1, PlatformPackager } from 'app-builder-lib';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Runs `body` with a stand-in binary, removed after it. */
export async function withStandIn<T>(body: (binary: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sayonara-fuses-'));
  const binary = path.join(dir, 'electron');
  writeFileSync(
    binary,
    Buffer.concat([
      Buffer.alloc(64, 7),
      Buffer.from(SENTINEL),
      Buffer.from([1, 8]),
      Buffer.from('10110001', 'ascii'),
    ]),
  );
  try {
    return await body(binary);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Flips the stand-in's fuses the way electron-builder does right before signing. */
export async function flipAsElectronBuilder(binary: string, config: Configuration): Promise<void> {
  // The same step electron-builder runs (private in its typings).
  const packager = PlatformPackager.prototype as unknown as {
    generateFuseConfig(fuses: FuseOptionsV1): Promise<FuseConfig>;
  };
  const fuseConfig = await packager.generateFuseConfig(config.electronFuses ?? {});
  // The ad hoc re-signing is macOS's codesign on a .app: not for a stand-in file.
  await flipFuses(binary, { ...fuseConfig, resetAdHocDarwinSignature: false });
}
