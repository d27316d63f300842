// Paths that arrive from the renderer or a dialog are opened only when they hold a plain file: opening a
// FIFO or a device blocks a thread-pool thread for good (four such calls stall every later file operation).
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../ipc/result';

/**
 * Opens `file` for reading with O_NONBLOCK (a pipe's open returns at once; a plain file reads as usual),
 * then refuses anything fstat does not call a regular file. `noFollow` also refuses a symbolic link.
 */
export async function openRegularFile(
  file: string,
  options: { noFollow?: boolean } = {},
): Promise<{ handle: fsp.FileHandle; size: number }> {
  const name = path.basename(file);
  const flags =
    constants.O_RDONLY |
    (constants.O_NONBLOCK ?? 0) |
    (options.noFollow === true ? (constants.O_NOFOLLOW ?? 0) : 0);
  const handle = await fsp.open(file, flags).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new AppError('file_unreadable', `${name} could not be read (${code})`, { name });
  });
  const stat = await handle.stat().catch(async (error: unknown) => {
    await handle.close();
    throw error;
  });
  if (!stat.isFile()) {
    await handle.close();
    throw new AppError('file_unreadable', `${name} is not a file`, { name });
  }
  return { handle, size: stat.size };
}

/** A save target may be replaced only when it is absent or a plain file (never a pipe, device or folder). */
export async function checkSaveTarget(file: string): Promise<void> {
  const stat = await fsp.lstat(file).catch(() => null);
  if (stat !== null && !stat.isFile()) {
    const name = path.basename(file);
    throw new AppError('file_unsafe_path', `${name} is not a plain file and was not replaced`, { name });
  }
}
