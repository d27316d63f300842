// Shared set-up for unit tests: a temporary data folder with a real store and the real router.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../../electron/services';
import type { Ports } from '../../electron/services/ports';

export async function tempDir(prefix = 'sayonara-unit-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export interface TestPorts extends Ports {
  opened: string[];
}

export function testPorts(start = new Date('2026-11-25T09:00:00Z')): TestPorts {
  let tick = 0;
  const opened: string[] = [];
  return {
    opened,
    // Each call is one second later, so histories have distinct, ordered times.
    now: () => new Date(start.getTime() + 1000 * tick++),
    openFolder: async (folder) => void opened.push(`folder:${folder}`),
    openExternal: async (url) => void opened.push(`external:${url}`),
  };
}

export async function backend(dataDir?: string) {
  const dir = dataDir ?? (await tempDir());
  const ports = testPorts();
  const started = await startBackend({ dataDir: dir, ports, appVersion: '0.0.0-test', systemLocale: 'en' });
  return { ...started, dir, ports, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
