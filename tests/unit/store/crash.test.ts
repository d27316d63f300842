// SIGKILL at random moments while a child process writes acknowledged changes: after every kill the store
// must open without a recovery notice, validate, and hold every change the child was told was saved.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { listBackups } from '../../../electron/store/backups';
import { decodeStore, openStore } from '../../../electron/store/store';
import { removeTempDirs, tempDir } from './helpers';

const KILLS = process.env.CI ? 50 : 12;
let writerScript = '';

beforeAll(async () => {
  // One bundled .mjs run by plain `node`: no TypeScript loader start-up on each of the kill cycles.
  const outDir = await tempDir();
  await build({
    configFile: false,
    logLevel: 'silent',
    root: path.resolve(import.meta.dirname, '../../..'),
    build: {
      ssr: path.join(import.meta.dirname, 'fixtures/crash-writer.ts'),
      outDir,
      minify: false,
      rollupOptions: { output: { format: 'es', entryFileNames: 'crash-writer.mjs' } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
  writerScript = path.join(outDir, 'crash-writer.mjs');
});

afterAll(removeTempDirs);

interface Cycle {
  acked: number | null;
  opened: number | null;
  notices: string[];
}

/**
 * Runs the writer and SIGKILLs it `delayMs` after it starts or, with `afterFirstAck`, after its first
 * acknowledged write; returns what it printed before dying.
 */
function runAndKill(dir: string, delayMs: number, afterFirstAck: boolean): Promise<Cycle> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const armKill = (): void => {
      timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs);
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('ack ')) armKill();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    if (!afterFirstAck) armKill();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') {
        reject(new Error(`writer exited on its own (code ${code}): ${err}`));
        return;
      }
      // Only whole lines: a line cut by the kill was not fully reported.
      const lines = out.split('\n').slice(0, -1);
      const last = (prefix: string): number | null => {
        const line = lines.filter((l) => l.startsWith(prefix)).at(-1);
        return line === undefined ? null : Number(line.slice(prefix.length));
      };
      resolve({
        acked: last('ack '),
        opened: last('open '),
        notices: lines.filter((l) => l.startsWith('notice')),
      });
    });
  });
}

test(`every acknowledged write survives ${KILLS} SIGKILLs`, async () => {
  const dir = await tempDir();
  let durable = 0;
  let acknowledgedChecked = 0;
  let killsAfterAck = 0;
  for (let cycle = 0; cycle < KILLS; cycle += 1) {
    // One kill in four lands while the child starts or opens the store; the rest during writes and backups.
    const duringStartup = cycle % 4 === 3;
    const result = await runAndKill(
      dir,
      Math.floor(Math.random() * (duringStartup ? 150 : 120)),
      !duringStartup,
    );
    expect(result.notices).toEqual([]);
    if (result.opened !== null) expect(result.opened).toBe(durable);

    const { store, notice } = await openStore({ dir });
    expect(notice).toBeNull();
    const onDisk =
      store.data.cases.length === 0 ? 0 : Number(store.data.cases[0]?.name.slice('crash '.length));
    if (result.acked !== null) {
      killsAfterAck += 1;
      acknowledgedChecked += result.acked - (result.opened ?? durable);
      // Everything acknowledged is there; at most the one write in flight went further.
      expect(onDisk).toBeGreaterThanOrEqual(result.acked);
      expect(onDisk).toBeLessThanOrEqual(result.acked + 1);
    } else {
      expect(onDisk).toBeGreaterThanOrEqual(durable);
    }
    durable = onDisk;

    // The killed writer's temp files are gone once the store opened; every backup left is whole.
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const backupNames = await readdir(path.join(dir, 'backups')).catch(() => []);
    expect(backupNames.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    for (const backup of await listBackups(path.join(dir, 'backups'), 'sayonara.json')) {
      const text = await readFile(backup.path, 'utf8');
      expect(() => decodeStore(text, [])).not.toThrow();
    }
  }
  expect(killsAfterAck).toBeGreaterThanOrEqual(Math.floor((KILLS * 3) / 4));
  console.info(
    `crash test: ${KILLS} kills (${killsAfterAck} after at least one ack), ${acknowledgedChecked} acknowledged writes checked, final counter ${durable}`,
  );
});
