// Restore throughput, time and memory: a backup holding 200 MB of attachments restored into an empty data
// folder (checked, unpacked, every file flushed, store switched) against `tar x` of the same files plus
// `sync`, in the same run, on the same disk; medians of three runs. Every restored file is hashed and
// compared with the original it came from; the export of that backup is timed too.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { attachmentFiles } from '../electron/proof/attachment-store';
import { writeArchive } from '../electron/proof/archive';
import { backupHandlers } from '../electron/services/backup';
import { openStore } from '../electron/store/store';
import { testPorts } from '../tests/unit/helpers';
import { median, timed, writeRandomishFile } from './attachments';

/** SHA-256 of every file in `dir`, by name. */
async function hashesIn(dir: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const name of await readdir(dir))
    hashes.set(
      name,
      createHash('sha256')
        .update(await readFile(path.join(dir, name)))
        .digest('hex'),
    );
  return hashes;
}

const FILES = 10;
const FILE_MB = 20;
const RUNS = 3;

export async function benchRestore(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-restore-'));
  const run = promisify(execFile);
  try {
    const sourceDir = path.join(dir, 'source');
    const { store } = await openStore({ dir: sourceDir });
    const files = attachmentFiles(sourceDir);
    for (let i = 0; i < FILES; i += 1) {
      const file = path.join(dir, `f${i}.txt`);
      await writeRandomishFile(file, FILE_MB, i);
      const imported = await files.importPath(file);
      await store.update((data) => ({
        ...data,
        attachments: [
          ...data.attachments,
          {
            id: imported.sha256,
            ext: 'txt',
            mime: 'text/plain',
            size: imported.size,
            name: `f${i}.txt`,
            importedAt: new Date().toISOString(),
          },
        ],
      }));
      await rm(file);
    }
    const originals = await hashesIn(files.dir);
    const archive = path.join(dir, 'backup.sayonara');
    await run('sync');
    const exported = await timed(() =>
      writeArchive(archive, {
        data: store.data,
        attachmentsDir: files.dir,
        appVersion: 'bench',
        createdAt: new Date().toISOString(),
      }),
    );
    const tarball = path.join(dir, 'files.tar');
    await run('tar', ['cf', tarball, '-C', sourceDir, 'attachments', 'sayonara.json']);

    const restores: number[] = [];
    const tars: number[] = [];
    let growth = 0;
    let compared = 0;
    let mismatches = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const target = path.join(dir, `restore-${i}`);
      const { store: fresh } = await openStore({ dir: target });
      const handlers = backupHandlers({
        store: fresh,
        ports: testPorts(),
        files: attachmentFiles(target),
        dataDir: target,
        appVersion: 'bench',
      });
      await run('sync');
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      restores.push(
        await timed(async () => handlers['backup.import']({ path: archive, mode: 'replace' })).finally(() =>
          clearInterval(sampler),
        ),
      );
      growth = Math.max(growth, Math.max(peak, process.memoryUsage().rss) - baseline);
      // Byte for byte: each original against what the restore put in its place (missing counts as a mismatch).
      const restored = await hashesIn(path.join(target, 'attachments'));
      for (const [name, sha256] of originals) {
        compared += 1;
        if (restored.get(name) !== sha256) mismatches += 1;
      }
      await rm(target, { recursive: true });

      const untarred = path.join(dir, `tar-${i}`);
      await mkdir(untarred);
      await run('sync');
      tars.push(await timed(() => run('tar', ['xf', tarball, '-C', untarred]).then(() => run('sync'))));
      await rm(untarred, { recursive: true });
    }
    const megabytes = FILES * FILE_MB;
    const restoreMbS = megabytes / median(restores);
    const tarMbS = megabytes / median(tars);
    return {
      'backup.export_ms': Math.round(exported * 1000),
      'restore.ms': Math.round(median(restores) * 1000),
      'restore.files_compared': compared,
      'restore.mismatches': mismatches,
      'restore.mb_s': Math.round(restoreMbS),
      'restore.tar_sync_mb_s': Math.round(tarMbS),
      'restore.ratio_vs_tar': Math.round((restoreMbS / tarMbS) * 100) / 100,
      'restore.rss_growth_mb': Math.round((growth / 1024 / 1024) * 10) / 10,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
