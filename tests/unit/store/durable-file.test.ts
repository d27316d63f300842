// The durable adapter on its own: bytes round-trip, no temp files left, writes in call order, failures.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DurableJsonFile,
  nodeIo,
  staleTempTarget,
  writeFileDurably,
  type FileIo,
} from '../../../electron/store/durable-file';
import { removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

interface Doc {
  n: number;
  text: string;
}

function jsonAdapter(file: string, io?: FileIo): DurableJsonFile<Doc> {
  return new DurableJsonFile<Doc>(file, {
    decode: (text) => JSON.parse(text) as Doc,
    serialize: (data) => JSON.stringify(data),
    io,
  });
}

function failing(call: 'open' | 'rename' | 'sync'): FileIo {
  const boom = (): never => {
    throw Object.assign(new Error(`injected ${call} failure`), { code: 'EIO' });
  };
  return {
    ...nodeIo,
    rename: call === 'rename' ? async () => boom() : nodeIo.rename,
    open: (async (...args: Parameters<FileIo['open']>) => {
      if (call === 'open') boom();
      const handle = await nodeIo.open(...args);
      if (call === 'sync') handle.sync = async () => boom();
      return handle;
    }) as FileIo['open'],
  };
}

describe('DurableJsonFile', () => {
  test('round-trips content, including non-ASCII text, and reads a missing file as null', async () => {
    const dir = await tempDir();
    const adapter = jsonAdapter(path.join(dir, 'doc.json'));
    expect(await adapter.read()).toBeNull();
    const doc = { n: 1, text: '解約 — 受付番号 «A-1» 🗂️' };
    await adapter.write(doc);
    expect(await adapter.read()).toEqual(doc);
    expect(await readFile(path.join(dir, 'doc.json'), 'utf8')).toBe(JSON.stringify(doc));
  });

  test('leaves no temp file behind', async () => {
    const dir = await tempDir();
    const adapter = jsonAdapter(path.join(dir, 'doc.json'));
    await Promise.all(Array.from({ length: 20 }, (_, n) => adapter.write({ n, text: 'x' })));
    expect(await readdir(dir)).toEqual(['doc.json']);
  });

  test('runs concurrent writes one at a time, in call order, ending with the last', async () => {
    const dir = await tempDir();
    const renamed: string[] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const io: FileIo = {
      ...nodeIo,
      open: (async (...args: Parameters<FileIo['open']>) => {
        if (String(args[0]).endsWith('.tmp')) maxInFlight = Math.max(maxInFlight, ++inFlight);
        return nodeIo.open(...args);
      }) as FileIo['open'],
      rename: async (from, to) => {
        renamed.push(await readFile(from, 'utf8'));
        inFlight -= 1;
        await nodeIo.rename(from, to);
      },
    };
    const adapter = jsonAdapter(path.join(dir, 'doc.json'), io);
    const writes = Array.from({ length: 50 }, (_, n) => adapter.write({ n, text: 'x'.repeat(n * 100) }));
    await Promise.all(writes);
    expect(maxInFlight).toBe(1);
    expect(renamed.map((text) => (JSON.parse(text) as Doc).n)).toEqual(
      Array.from({ length: 50 }, (_, n) => n),
    );
    expect((await adapter.read())?.n).toBe(49);
  });

  test.each(['open', 'sync', 'rename'] as const)(
    'a failing %s rejects, keeps the previous file, removes the temp file, and later writes still work',
    async (call) => {
      const dir = await tempDir();
      const file = path.join(dir, 'doc.json');
      await jsonAdapter(file).write({ n: 1, text: 'kept' });
      const broken = jsonAdapter(file, failing(call));
      await expect(broken.write({ n: 2, text: 'lost' })).rejects.toThrow(`injected ${call} failure`);
      expect(await readFile(file, 'utf8')).toBe(JSON.stringify({ n: 1, text: 'kept' }));
      expect(await readdir(dir)).toEqual(['doc.json']);
      const healthy = jsonAdapter(file);
      await healthy.write({ n: 3, text: 'after' });
      expect((await healthy.read())?.n).toBe(3);
    },
  );

  test('a failed write does not block the writes queued after it', async () => {
    const dir = await tempDir();
    let fail = true;
    const io: FileIo = {
      ...nodeIo,
      rename: async (from, to) => {
        if (fail) {
          fail = false;
          throw new Error('first rename fails');
        }
        await nodeIo.rename(from, to);
      },
    };
    const adapter = jsonAdapter(path.join(dir, 'doc.json'), io);
    const first = adapter.write({ n: 1, text: 'a' });
    const second = adapter.write({ n: 2, text: 'b' });
    await expect(first).rejects.toThrow('first rename fails');
    await expect(second).resolves.toBeUndefined();
    expect((await adapter.read())?.n).toBe(2);
  });

  test('a decode error propagates from read()', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'doc.json'), '{"n":');
    await expect(jsonAdapter(path.join(dir, 'doc.json')).read()).rejects.toThrow(SyntaxError);
  });
});

describe('writeFileDurably', () => {
  test('fsyncs the temp file before the rename, and the folder after it', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'doc.json');
    const calls: string[] = [];
    const io: FileIo = {
      ...nodeIo,
      open: (async (...args: Parameters<FileIo['open']>) => {
        const handle = await nodeIo.open(...args);
        const what = String(args[0]) === dir ? 'folder' : 'temp';
        const sync = handle.sync.bind(handle);
        handle.sync = async () => {
          calls.push(`fsync ${what}`);
          await sync();
        };
        return handle;
      }) as FileIo['open'],
      rename: async (from, to) => {
        calls.push('rename');
        await nodeIo.rename(from, to);
      },
    };
    await writeFileDurably(target, 'hello', io);
    expect(calls).toEqual(
      process.platform === 'win32' ? ['fsync temp', 'rename'] : ['fsync temp', 'rename', 'fsync folder'],
    );
    expect(await readFile(target, 'utf8')).toBe('hello');
  });
});

describe('staleTempTarget', () => {
  test('names the target of another process’s temp file, and nothing else', () => {
    const now = Date.now();
    expect(staleTempTarget(`.sayonara.json.${process.pid + 1}.7.tmp`, now)).toBe('sayonara.json');
    expect(staleTempTarget(`.sayonara.json.${process.pid + 1}.a1b2c3d4e5f6.tmp`, now)).toBe('sayonara.json');
    expect(staleTempTarget(`.sayonara.json.${process.pid}.a1b2c3d4e5f6.tmp`, now)).toBeNull();
    expect(staleTempTarget('sayonara.json', 0)).toBeNull();
    expect(staleTempTarget('.sayonara.json.tmp', 0)).toBeNull();
  });

  test('a temp with this pid but older than this process (a reused pid after a crash) is stale', () => {
    const beforeStart = Date.now() - process.uptime() * 1000 - 60_000;
    expect(staleTempTarget(`.sayonara.json.${process.pid}.1.tmp`, beforeStart)).toBe('sayonara.json');
  });

  test('temp names carry a random part: a crashed earlier process with the same pid cannot collide', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'sayonara.json');
    // What an earlier process with this pid left behind, under every name the old pid+counter scheme used.
    for (let n = 1; n <= 1000; n += 1)
      await writeFile(path.join(dir, `.sayonara.json.${process.pid}.${n}.tmp`), 'x');
    for (let n = 1; n <= 5; n += 1) await writeFileDurably(target, `write ${n}`);
    expect(await readFile(target, 'utf8')).toBe('write 5');
  });
});
