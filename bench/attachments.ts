// Attachment import throughput and memory: a 500 MB file imported (stream copy + SHA-256 in one pass)
// against a plain `cp` of the same file, in the same run, on the same disk.
import { execFile } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { attachmentFiles } from '../electron/proof/attachment-store';

const SIZE_MB = 500;

async function writeRandomishFile(file: string, megabytes: number): Promise<void> {
  // One random megabyte with a counter stamped in: cheap to make, and every block differs.
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < block.length; i += 1) block[i] = (i * 2654435761) >>> 24;
  const handle = await open(file, 'w');
  try {
    for (let i = 0; i < megabytes; i += 1) {
      block.writeUInt32LE(i, 0);
      await handle.write(block);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await task();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export async function benchAttachments(): Promise<Record<string, number>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-att-'));
  try {
    // The source is a .txt so that no magic number is expected of made-up bytes.
    const source = path.join(dir, 'big.txt');
    await writeRandomishFile(source, SIZE_MB);
    const run = promisify(execFile);
    const cpSeconds = await timed(() => run('cp', [source, path.join(dir, 'copy.txt')]));
    // cp leaves its copy in the page cache; let it reach the disk (untimed) so that it does not compete
    // with the import's own fsync.
    await run('sync');

    const files = attachmentFiles(path.join(dir, 'data'), (SIZE_MB + 1) * 1024 * 1024);
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    const importSeconds = await timed(() => files.importPath(source)).finally(() => clearInterval(sampler));
    peak = Math.max(peak, process.memoryUsage().rss);

    const importMbS = SIZE_MB / importSeconds;
    const cpMbS = SIZE_MB / cpSeconds;
    return {
      'attachments.import_mb_s': Math.round(importMbS),
      'attachments.cp_mb_s': Math.round(cpMbS),
      'attachments.ratio': Math.round((importMbS / cpMbS) * 100) / 100,
      'attachments.rss_growth_mb': Math.round(((peak - baseline) / 1024 / 1024) * 10) / 10,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
