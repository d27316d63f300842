// Backups of what users attach (bench/user-files.ts: photos, screenshots, scanned bills and e-mails,
// about 190 MB), timed against the plain tools on the same files, on the same disk, in the same run,
// interleaved, medians of five:
// - the export (writeArchive: the store and every file hashed and zipped, the file flushed and renamed)
//   against `zip -0` of the same folder followed by `sync`: `backup.export_ratio_vs_zip`;
// - the restore (backup.import into an empty data folder: checked, unpacked, every file flushed, the store
//   switched) against `tar x` followed by `sync`: `restore.ratio_vs_tar`. Every restored file is hashed
//   and compared with the original it came from.
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
import { launchBrowser } from '../tests/e2e/harness';
import { median, timed } from './attachments';
import { writeUserFiles } from './user-files';

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

const RUNS = 5;
const round2 = (n: number) => Math.round(n * 100) / 100;

export async function benchRestore(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-restore-'));
  const run = promisify(execFile);
  try {
    const sourceDir = path.join(dir, 'source');
    const { store } = await openStore({ dir: sourceDir });
    const files = attachmentFiles(sourceDir);
    const made = path.join(dir, 'made');
    await mkdir(made);
    const browser = await launchBrowser();
    const userFiles = await writeUserFiles(browser, made).finally(() => browser.close());
    for (const file of userFiles) {
      const imported = await files.importPath(file.path);
      await store.update((data) => ({
        ...data,
        attachments: [
          ...data.attachments,
          {
            id: imported.sha256,
            ext: imported.ext,
            mime: imported.mime,
            size: imported.size,
            name: path.basename(file.path),
            importedAt: new Date().toISOString(),
          },
        ],
      }));
    }
    await store.flush();
    await rm(made, { recursive: true });
    const originals = await hashesIn(files.dir);
    const bytes = userFiles.reduce((sum, f) => sum + f.size, 0);
    const megabytes = bytes / 1024 / 1024;

    // The export and `zip -0` + sync, interleaved.
    const exports: number[] = [];
    const zips: number[] = [];
    const archive = path.join(dir, 'backup.sayonara');
    for (let i = 0; i < RUNS; i += 1) {
      await rm(archive, { force: true });
      await run('sync');
      exports.push(
        await timed(() =>
          writeArchive(archive, {
            data: store.data,
            attachmentsDir: files.dir,
            appVersion: 'bench',
            createdAt: new Date().toISOString(),
          }),
        ),
      );
      const zipped = path.join(dir, `plain-${i}.zip`);
      await run('sync');
      zips.push(
        await timed(() =>
          run('zip', ['-0', '-q', '-r', zipped, 'attachments', 'sayonara.json'], { cwd: sourceDir }).then(
            () => run('sync'),
          ),
        ),
      );
      await rm(zipped);
    }

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
    const restoreMbS = megabytes / median(restores);
    const tarMbS = megabytes / median(tars);
    return {
      'backup.files': userFiles.length,
      'backup.mb': Math.round(megabytes),
      'backup.export_ms': Math.round(median(exports) * 1000),
      'backup.zip_sync_ms': Math.round(median(zips) * 1000),
      'backup.export_ratio_vs_zip': round2(median(exports) / median(zips)),
      'restore.ms': Math.round(median(restores) * 1000),
      'restore.files_compared': compared,
      'restore.mismatches': mismatches,
      'restore.mb_s': Math.round(restoreMbS),
      'restore.tar_sync_mb_s': Math.round(tarMbS),
      'restore.ratio_vs_tar': round2(restoreMbS / tarMbS),
      'restore.rss_growth_mb': Math.round((growth / 1024 / 1024) * 10) / 10,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
