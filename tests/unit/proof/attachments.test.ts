import { chmod, lstat, mkdir, open, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { attachmentFiles } from '../../../electron/proof/attachment-store';
import { sha256Hex } from '../../../electron/proof/chain';
import { attachmentClaims } from '../../../electron/services/attachment-claims';
import { attachmentsHandlers } from '../../../electron/services/attachments';
import { openStore, type Store } from '../../../electron/store/store';
import { testPorts } from '../helpers';
import { fakePng, refusal, removeTempDirs, snapshot, tempDir } from './helpers';

afterEach(removeTempDirs);

async function setup(maxBytes?: number) {
  const root = await tempDir();
  const dataDir = path.join(root, 'data');
  const outside = path.join(root, 'outside');
  await mkdir(dataDir);
  await mkdir(outside);
  return { root, dataDir, outside, files: attachmentFiles(dataDir, maxBytes) };
}

describe('attachment import', () => {
  test('a batch of paths costs one store write and one folder flush, and registers every file', async () => {
    const { root, dataDir } = await setup();
    const { store } = await openStore({ dir: dataDir });
    let writes = 0;
    const counted: Store = {
      ...store,
      transact: (task) =>
        store.transact((tx) =>
          task({
            get data() {
              return tx.data;
            },
            write: (next) => ((writes += 1), tx.write(next)),
            backup: tx.backup,
          }),
        ),
    };
    Object.defineProperty(counted, 'data', { get: () => store.data });
    const files = attachmentFiles(dataDir);
    let folderFlushes = 0;
    const batchFiles = { ...files, syncFolder: () => ((folderFlushes += 1), files.syncFolder()) };
    const handlers = attachmentsHandlers(counted, testPorts(), batchFiles, attachmentClaims());
    const paths: string[] = [];
    for (const seed of 'abcde') {
      paths.push(path.join(root, `${seed}.png`));
      await writeFile(paths.at(-1) ?? '', fakePng(seed));
    }
    const outcome = await handlers['attachments.importPaths']({
      paths: [...paths, path.join(root, 'missing.png')],
    });
    expect(outcome.imported.map((a) => a.name)).toEqual(['a.png', 'b.png', 'c.png', 'd.png', 'e.png']);
    expect(outcome.failed.map((f) => f.name)).toEqual(['missing.png']);
    expect(writes).toBe(1);
    expect(folderFlushes).toBe(1);
    const { store: reopened } = await openStore({ dir: dataDir });
    expect(reopened.data.attachments).toHaveLength(5);
  });

  test('a disk that takes fewer bytes per write than asked still gets every byte, under the right hash', async () => {
    const { root, files } = await setup();
    const source = path.join(root, 'big.png');
    const bytes = fakePng('s', 300_000);
    await writeFile(source, bytes);
    // A nearly full disk: each write takes at most 32 KiB of what it is given. Pasted bytes always go
    // through this process's writes (a path, on Linux, is copied by the kernel).
    const probe = await open(source, 'r');
    const proto = Object.getPrototypeOf(probe) as { write: (...args: unknown[]) => Promise<unknown> };
    await probe.close();
    const write = proto.write;
    const spy = vi.spyOn(proto, 'write').mockImplementation(function (this: unknown, ...args: unknown[]) {
      const [buffer, offset = 0, length] = args as [Buffer, number?, number?];
      const slice = Math.min(length ?? buffer.length - offset, 32 * 1024);
      return write.call(this, buffer, offset, slice);
    });
    try {
      const imported = await files.importBytes('big.png', bytes);
      expect(imported.sha256).toBe(sha256Hex(bytes));
      expect(await readFile(files.fileOf(imported.sha256, 'png'))).toEqual(bytes);
    } finally {
      spy.mockRestore();
    }
  });

  test('an attached file is a plain readable file, whatever the mode of the file it came from', async () => {
    const { root, files } = await setup();
    const source = path.join(root, 'tool.txt');
    await writeFile(source, 'run me');
    await chmod(source, 0o755);
    const imported = await files.importPath(source);
    expect((await lstat(files.fileOf(imported.sha256, 'txt'))).mode & 0o777).toBe(0o644);
  });

  test('copies into attachments/<sha256>.<ext>, hashing the bytes, and deduplicates by hash', async () => {
    const { dataDir, outside, files } = await setup();
    const bytes = fakePng('a', 300_000);
    const source = path.join(outside, 'Screenshot 2026-11-24.PNG');
    await writeFile(source, bytes);
    const first = await files.importPath(source);
    expect(first).toEqual({
      sha256: sha256Hex(bytes),
      ext: 'png',
      mime: 'image/png',
      size: bytes.length,
      added: true,
    });
    expect(await readFile(path.join(dataDir, 'attachments', `${first.sha256}.png`))).toEqual(bytes);
    const copy = path.join(outside, 'same.png');
    await writeFile(copy, bytes);
    expect((await files.importPath(copy)).added).toBe(false);
    expect(await readdir(path.join(dataDir, 'attachments'))).toEqual([`${first.sha256}.png`]);
  });

  test('a damaged copy already in attachments/ (same size, other bytes) is replaced, not trusted', async () => {
    const { dataDir, outside, files } = await setup();
    const bytes = fakePng('a', 4096);
    const first = await files.importBytes('shot.png', bytes);
    const stored = path.join(dataDir, 'attachments', `${first.sha256}.png`);
    const damaged = Buffer.from(bytes);
    damaged.writeUInt8(damaged.readUInt8(100) ^ 0xff, 100);
    await writeFile(stored, damaged);
    const source = path.join(outside, 'shot.png');
    await writeFile(source, bytes);
    const again = await files.importPath(source);
    expect(again.sha256).toBe(first.sha256);
    expect(sha256Hex(await readFile(stored))).toBe(first.sha256);
    // And a link put where the file should be is not taken for it either.
    await rm(stored);
    await symlink(source, stored);
    await files.importBytes('shot.png', bytes);
    expect((await lstat(stored)).isSymbolicLink()).toBe(false);
    expect(sha256Hex(await readFile(stored))).toBe(first.sha256);
    expect((await readdir(path.join(dataDir, 'attachments'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  test('imports pasted bytes, PDF, e-mail, text and HEIC (kept as a file)', async () => {
    const { files, outside } = await setup();
    expect((await files.importBytes('pasted.png', fakePng('p'))).ext).toBe('png');
    for (const [name, body] of [
      ['bill.pdf', '%PDF-1.7\n…'],
      ['mail.eml', 'From: docomo\r\nSubject: 解約受付\r\n\r\nbody'],
      ['memo.txt', '受付番号 A-1'],
      ['photo.heic', '\0\0\0\x18ftypheic'],
    ] as const) {
      await writeFile(path.join(outside, name), body);
      expect((await files.importPath(path.join(outside, name))).ext).toBe(path.extname(name).slice(1));
    }
  });

  test('refuses bad files with clear errors, leaving the data folder unchanged', async () => {
    const { dataDir, outside, files } = await setup(1024 * 1024);
    await writeFile(path.join(outside, 'big.png'), fakePng('b', 1024 * 1024 + 1));
    await writeFile(path.join(outside, 'empty.png'), '');
    await writeFile(path.join(outside, 'fake.png'), 'not a png at all');
    await writeFile(path.join(outside, 'tool.exe'), 'MZ');
    await writeFile(path.join(outside, 'secret.txt'), 'elsewhere');
    await symlink(path.join(outside, 'secret.txt'), path.join(outside, 'link.txt'));
    await mkdir(path.join(outside, 'folder.png'));
    await files.importBytes('seed.png', fakePng('s'));
    const before = await snapshot(dataDir);

    const cases: [string, string, RegExp][] = [
      [path.join(outside, 'big.png'), 'file_too_large', /larger than 1 MB/],
      [path.join(outside, 'empty.png'), 'file_empty', /empty/],
      [path.join(outside, 'fake.png'), 'file_unsupported_type', /not really a \.png/],
      [path.join(outside, 'tool.exe'), 'file_unsupported_type', /only png/],
      [`${outside}/../outside/secret.txt`, 'file_unsafe_path', /without "\.\."/],
      ['relative/secret.txt', 'file_unsafe_path', /full path/],
      [path.join(outside, 'link.txt'), 'file_unsafe_path', /link/],
      [path.join(outside, 'missing.txt'), 'file_unreadable', /could not be read/],
      [path.join(outside, 'folder.png'), 'file_unreadable', /not a file/],
    ];
    for (const [source, code, message] of cases) {
      const error = await refusal(files.importPath(source));
      expect([source, error.code]).toEqual([source, code]);
      expect(error.message).toMatch(message);
    }
    expect(await snapshot(dataDir)).toEqual(before);
  });

  test('refuses an unreadable file', async () => {
    const { outside, files } = await setup();
    const locked = path.join(outside, 'locked.txt');
    await writeFile(locked, 'x');
    await chmod(locked, 0o000);
    // root reads anything: only meaningful for an ordinary user.
    const asRoot = process.getuid?.() === 0;
    const outcome = files.importPath(locked);
    if (asRoot) await outcome;
    else expect((await refusal(outcome)).code).toBe('file_unreadable');
  });

  test('pasted bytes over the limit are refused and leave nothing behind', async () => {
    const { dataDir, files } = await setup(1024);
    const error = await refusal(files.importBytes('huge.txt', new Uint8Array(4096).fill(65)));
    expect(error.code).toBe('file_too_large');
    expect(await snapshot(dataDir)).toEqual({});
  });
});
