// Content-addressed attachment files: attachments/<sha256>.<ext> in the data folder, size-limited, never
// following a link elsewhere. A file is copied by the kernel where the open file can be named (Linux) and
// its copy hashed while it is flushed, else by one streaming pass that copies and hashes together.
import { constants, createReadStream, existsSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../ipc/result';
import { fsyncDir } from '../store/durable-file';
import { openRegularFile } from './regular-file';
import { WORKING_FILE } from './working-files';

export const ATTACHMENT_DIR = 'attachments';
export const DEFAULT_MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;
/** Copy chunk: large enough that per-call overhead vanishes, small enough to keep memory flat. */
const CHUNK = 4 * 1024 * 1024;
/**
 * Operations left running while this thread hashes are awaited later; until then a failure must not count
 * as an unhandled rejection (which would end the process). The await still sees the error.
 */
const markHandled = (operation: Promise<unknown>): void => void operation.catch(() => undefined);
/** The only names ever served or unpacked: a hash and a short extension. */
export const ATTACHMENT_NAME = /^[0-9a-f]{64}\.[a-z0-9]+$/;
/** The restricted preview protocol (electron/main/attachment-protocol.ts). */
export const ATTACHMENT_SCHEME = 'sayonara-file';
export const ATTACHMENT_BASE_URL = `${ATTACHMENT_SCHEME}://attachments/`;

/** The kinds we accept, by extension; `magic` is checked against the first bytes where a format has one. */
const TYPES: Record<string, { mime: string; magic?: number[] }> = {
  png: { mime: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  jpeg: { mime: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
  heic: { mime: 'image/heic' },
  pdf: { mime: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46] },
  eml: { mime: 'message/rfc822' },
  txt: { mime: 'text/plain' },
};
export const ACCEPTED_EXTENSIONS = Object.keys(TYPES);

export function mimeOf(ext: string): string {
  return TYPES[ext]?.mime ?? 'application/octet-stream';
}

export interface ImportedFile {
  sha256: string;
  ext: string;
  mime: string;
  size: number;
  /** False when a file with the same bytes was already there (deduplicated). */
  added: boolean;
}

export interface AttachmentFiles {
  readonly dir: string;
  readonly maxBytes: number;
  fileOf(sha256: string, ext: string): string;
  /** `syncFolder: false` leaves the folder flush to the caller (one syncFolder() for a whole batch). */
  importPath(source: string, options?: { syncFolder?: boolean }): Promise<ImportedFile>;
  /** Makes the renames of earlier imports durable. */
  syncFolder(): Promise<void>;
  importBytes(name: string, bytes: Uint8Array): Promise<ImportedFile>;
}

/** True when `file` is a plain file (not a link) whose bytes hash to `sha256`: a copy that can be kept. */
export async function holdsBytes(file: string, sha256: string): Promise<boolean> {
  const stat = await fsp.lstat(file).catch(() => null);
  if (!stat?.isFile()) return false;
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch {
    return false;
  }
  return hash.digest('hex') === sha256;
}

/** True when `child` is `parent` itself or lies inside it (no `..` escape, no other drive). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function extensionOf(name: string): string {
  const ext = path.extname(name).slice(1).toLowerCase();
  if (!(ext in TYPES)) {
    throw new AppError(
      'file_unsupported_type',
      `${path.basename(name)}: only ${ACCEPTED_EXTENSIONS.join(', ')} files can be attached`,
      { name: path.basename(name) },
    );
  }
  return ext === 'jpeg' ? 'jpg' : ext;
}

function checkMagic(name: string, ext: string, head: Uint8Array): void {
  const magic = TYPES[ext]?.magic;
  if (magic && !magic.every((byte, i) => head[i] === byte)) {
    throw new AppError('file_unsupported_type', `${path.basename(name)} is not really a .${ext} file`, {
      name: path.basename(name),
    });
  }
}

/** A write may take fewer bytes than asked (a nearly full disk): go on until all are written. */
async function writeAll(out: fsp.FileHandle, chunk: Buffer): Promise<void> {
  for (let offset = 0; offset < chunk.length;) {
    const { bytesWritten } = await out.write(chunk, offset, chunk.length - offset);
    if (bytesWritten === 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    offset += bytesWritten;
  }
}

/** A limit in megabytes, to one decimal (the renderer words the number in the user's language). */
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

const tooLarge = (name: string, maxBytes: number) =>
  new AppError('file_too_large', `${path.basename(name)} is larger than ${megabytes(maxBytes)} MB`, {
    name: path.basename(name),
    limitMb: megabytes(maxBytes),
  });

/** Whether this system names open files under /proc/self/fd (looked up once). */
let openFilesNamed: boolean | null = null;

/**
 * A name for an open file that reaches that very file, whatever its path now points at: Linux's
 * /proc/self/fd/<n>. Elsewhere null (the file is copied through this process instead).
 */
function openFilePath(handle: fsp.FileHandle): string | null {
  openFilesNamed ??= process.platform === 'linux' && existsSync('/proc/self/fd');
  return openFilesNamed ? `/proc/self/fd/${handle.fd}` : null;
}

/** Hashes a file through `handle`, reading the next chunk while this one is hashed; stops past `limit`. */
async function hashUpTo(
  handle: fsp.FileHandle,
  limit: number,
): Promise<{ sha256: string; size: number; head: Uint8Array | null }> {
  const hash = createHash('sha256');
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
  let size = 0;
  let head: Uint8Array | null = null;
  let pending = handle.read(buffers[0] as Buffer, 0, CHUNK, 0);
  for (let slot = 0; ; slot = 1 - slot) {
    const { bytesRead } = await pending;
    if (bytesRead === 0 || size + bytesRead > limit)
      return { sha256: hash.digest('hex'), size: size + bytesRead, head };
    const chunk = (buffers[slot] as Buffer).subarray(0, bytesRead);
    size += bytesRead;
    pending = handle.read(buffers[1 - slot] as Buffer, 0, CHUNK, size);
    markHandled(pending);
    head ??= Buffer.from(chunk.subarray(0, 8));
    hash.update(chunk);
  }
}

export function attachmentFiles(dataDir: string, maxBytes = DEFAULT_MAX_ATTACHMENT_BYTES): AttachmentFiles {
  const dir = path.join(path.resolve(dataDir), ATTACHMENT_DIR);
  const fileOf = (sha256: string, ext: string) => path.join(dir, `${sha256}.${ext}`);

  /** What every import checks of the bytes it took, before they may get a name. */
  const checkContent = (name: string, ext: string, size: number, head: Uint8Array | null) => {
    if (size > maxBytes) throw tooLarge(name, maxBytes);
    if (size === 0)
      throw new AppError('file_empty', `${path.basename(name)} is empty (0 bytes)`, {
        name: path.basename(name),
      });
    checkMagic(name, ext, head ?? new Uint8Array());
  };

  /** Gives a flushed temp file its name, the hash of its bytes (or drops it when an intact copy is there). */
  const place = async (
    temp: string,
    { sha256, ext, size }: { sha256: string; ext: string; size: number },
    syncFolder: boolean,
  ): Promise<ImportedFile> => {
    const target = fileOf(sha256, ext);
    if (await holdsBytes(target, sha256)) {
      await fsp.unlink(temp);
      return { sha256, ext, mime: mimeOf(ext), size, added: false };
    }
    // Replaces a damaged copy or a link in its place (the link itself, never what it points to).
    await fsp.rename(temp, target);
    // The rename is durable before the store can point at the file (here, or once for a batch).
    if (syncFolder) await fsyncDir(dir);
    return { sha256, ext, mime: mimeOf(ext), size, added: true };
  };

  const newTemp = async () => {
    await fsp.mkdir(dir, { recursive: true });
    return path.join(dir, `${WORKING_FILE.incoming}${randomUUID()}`);
  };

  /**
   * Copies from `read` into a temp file in attachments/, hashing in the same pass, then renames it to its
   * hash. Three buffers keep the thread pool busy while this thread hashes: the next chunk is read and
   * the previous one written meanwhile. (Early write-back requests every 16–256 MB were measured and gave
   * nothing on ext4, so there are none.)
   */
  const store = async (
    name: string,
    ext: string,
    read: (into: Buffer) => Promise<number>,
    syncFolder = true,
  ): Promise<ImportedFile> => {
    const temp = await newTemp();
    const hash = createHash('sha256');
    const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    let size = 0;
    let head: Uint8Array | null = null;
    const out = await fsp.open(temp, 'wx');
    let writing: Promise<unknown> = Promise.resolve();
    try {
      try {
        let slot = 0;
        let pending = read(buffers[0] as Buffer);
        markHandled(pending);
        for (;;) {
          const length = await pending;
          if (length === 0) break;
          const chunk = (buffers[slot] as Buffer).subarray(0, length);
          slot = (slot + 1) % buffers.length;
          // This buffer's last write was awaited before the previous chunk's write began.
          pending = read(buffers[slot] as Buffer);
          markHandled(pending);
          head ??= Buffer.from(chunk.subarray(0, 8));
          size += length;
          if (size > maxBytes) {
            await pending.catch(() => 0);
            throw tooLarge(name, maxBytes);
          }
          hash.update(chunk);
          await writing;
          writing = writeAll(out, chunk);
          markHandled(writing);
        }
        await writing;
        checkContent(name, ext, size, head);
        // Never leave a file under a hash its bytes do not have: what is on disk must be what was hashed.
        const written = (await out.stat()).size;
        if (written !== size) throw new Error(`wrote ${written} of ${size} bytes`);
        // Durable before the store can point at it.
        await out.sync();
      } finally {
        // Never close the file under an unfinished write.
        await writing.catch(() => undefined);
        await out.close();
      }
      return await place(temp, { sha256: hash.digest('hex'), ext, size }, syncFolder);
    } catch (error) {
      await fsp.unlink(temp).catch(() => undefined);
      throw error;
    }
  };

  /**
   * The kernel copies `from` into a temp file (copy_file_range: no pass through this process), then the
   * copy is hashed while it is flushed: the name is that of the bytes on disk, and reading them back from
   * the page cache costs no time the flush does not take anyway.
   */
  const storeCopy = async (name: string, ext: string, from: string, syncFolder = true) => {
    const temp = await newTemp();
    try {
      await fsp.copyFile(from, temp, constants.COPYFILE_EXCL);
      const copy = await fsp.open(temp, 'r');
      let read: Awaited<ReturnType<typeof hashUpTo>>;
      try {
        // A copy takes its source's mode (an executable bit, read-only): an attachment is a plain file.
        await copy.chmod(0o644);
        [, read] = await Promise.all([copy.sync(), hashUpTo(copy, maxBytes)]);
      } finally {
        await copy.close();
      }
      checkContent(name, ext, read.size, read.head);
      return await place(temp, { sha256: read.sha256, ext, size: read.size }, syncFolder);
    } catch (error) {
      await fsp.unlink(temp).catch(() => undefined);
      throw error;
    }
  };

  return {
    dir,
    maxBytes,
    fileOf,
    syncFolder: () => fsyncDir(dir),
    async importPath(source, options) {
      const shown = path.basename(source);
      if (!path.isAbsolute(source) || source.split(/[\\/]/).includes('..')) {
        throw new AppError('file_unsafe_path', `${shown}: the path must be a full path without ".."`, {
          name: shown,
        });
      }
      const ext = extensionOf(source);
      const link = await fsp.lstat(source).catch(() => null);
      if (link?.isSymbolicLink()) {
        throw new AppError(
          'file_unsafe_path',
          `${shown} is a link to another place; attach the file itself`,
          {
            name: shown,
          },
        );
      }
      // Checked before opening: opening a pipe or device could block or never end.
      if (link && !link.isFile())
        throw new AppError('file_unreadable', `${shown} is not a file`, { name: shown });
      // O_NOFOLLOW closes the gap between the lstat above and the open; a pipe swapped in meanwhile is refused.
      const { handle, size } = await openRegularFile(source, { noFollow: true });
      try {
        if (size === 0) throw new AppError('file_empty', `${shown} is empty (0 bytes)`, { name: shown });
        if (size > maxBytes) throw tooLarge(source, maxBytes);
        const named = openFilePath(handle);
        return named
          ? await storeCopy(source, ext, named, options?.syncFolder)
          : await store(
              source,
              ext,
              async (into) => (await handle.read(into, 0, into.length, null)).bytesRead,
              options?.syncFolder,
            );
      } finally {
        await handle.close();
      }
    },
    async importBytes(name, bytes) {
      const ext = extensionOf(name);
      if (bytes.length > maxBytes) throw tooLarge(name, maxBytes);
      let offset = 0;
      return store(name, ext, async (into) => {
        const length = Math.min(into.length, bytes.length - offset);
        into.set(bytes.subarray(offset, offset + length));
        offset += length;
        return length;
      });
    },
  };
}
