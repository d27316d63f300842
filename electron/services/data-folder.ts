// "Choose a different folder" on the start-up page: a folder is taken only after a file could be written
// into it and removed again, so the next start does not land on another page saying it cannot be used.
import { randomUUID } from 'node:crypto';
import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../ipc/result';
import { errorCodeOf } from '../store/store';

/** Resolves when `folder` can hold the data; else AppError('folder_unusable') with the system's reason. */
export async function assertUsableFolder(folder: string): Promise<void> {
  const probe = path.join(folder, `.sayonara-write-test-${randomUUID()}`);
  try {
    if (!path.isAbsolute(folder)) throw Object.assign(new Error('not an absolute path'), { code: 'EINVAL' });
    await mkdir(folder, { recursive: true });
    await writeFile(probe, '');
  } catch (error) {
    throw new AppError('folder_unusable', `${folder} cannot hold the data: ${String(error)}`, {
      reason: errorCodeOf(error),
    });
  } finally {
    await unlink(probe).catch(() => undefined);
  }
}
