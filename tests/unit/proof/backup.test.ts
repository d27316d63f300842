import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import yazl from 'yazl';
import { afterEach, describe, expect, test } from 'vitest';
import { attachmentFiles } from '../../../electron/proof/attachment-store';
import { canonicalJson, sha256Hex } from '../../../electron/proof/chain';
import { backupHandlers } from '../../../electron/services/backup';
import { openStore } from '../../../electron/store/store';
import { emptyStore } from '../../../electron/store/schema';
import { fakePng, makeCase, removeTempDirs, seededStore, snapshot, tempDir } from './helpers';
import { testPorts } from '../helpers';

afterEach(removeTempDirs);

/** A data folder with a case, a record and an attachment, and the backup handlers over it. */
async function app(
  dataDir?: string,
  limits?: { maxTotalBytes: number; maxEntries: number },
  freeBytes?: (dir: string) => Promise<number>,
) {
  const { dataDir: dir, store } = await seededStore(dataDir);
  const ports = testPorts();
  const files = attachmentFiles(dir);
  const handlers = backupHandlers({
    store,
    ports,
    files,
    dataDir: dir,
    appVersion: '0.1.0',
    ...(limits ? { limits } : {}),
    ...(freeBytes ? { freeBytes } : {}),
  });
  return { dir, store, ports, files, handlers };
}

async function exportBackup() {
  const source = await app();
  const png = await source.files.importBytes('shot.png', fakePng('x', 100_000));
  await source.store.update((data) => ({
    ...data,
    attachments: [
      {
        id: png.sha256,
        ext: 'png',
        mime: 'image/png',
        size: png.size,
        name: 'shot.png',
        importedAt: '2026-11-24T07:00:00.000Z',
      },
    ],
  }));
  const target = path.join(await tempDir(), 'my.sayonara');
  source.ports.nextSavePath = target;
  const exported = await source.handlers['backup.export']({});
  return { source, target, exported, png };
}

/** A pseudo-entry `${LIE}<name>` makes zipOf declare <name> as 100 bytes in the central directory. */
const LIE = 'lie:';
const CENTRAL = Buffer.from([0x50, 0x4b, 0x01, 0x02]);

/** Writes a zip from [name, bytes] pairs; names yazl refuses are written same-length then patched. */
async function zipOf(entries: [string, Buffer][], file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const patches: [string, string][] = [];
  const lies: string[] = [];
  for (const [name, bytes] of entries) {
    if (name.startsWith(LIE)) {
      lies.push(name.slice(LIE.length));
      continue;
    }
    const safe = name.startsWith('../') ? `zz/${name.slice(3)}` : name;
    if (safe !== name) patches.push([safe, name]);
    zip.addBuffer(bytes, safe);
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  let out = Buffer.concat(chunks);
  // Central directory headers: uncompressed size at +24, name length at +28, name at +46.
  for (const liar of lies) {
    for (let at = out.indexOf(CENTRAL); at !== -1; at = out.indexOf(CENTRAL, at + 4)) {
      const length = out.readUInt16LE(at + 28);
      if (out.toString('latin1', at + 46, at + 46 + length) === liar) out.writeUInt32LE(100, at + 24);
    }
  }
  for (const [safe, real] of patches)
    out = Buffer.from(out.toString('latin1').split(safe).join(real), 'latin1');
  await writeFile(file, out);
}

/** The manifest an honest export writes: each file's hash and size, the version its store says. */
function manifestFor(entries: [string, Buffer][], overrides: { schemaVersion?: number } = {}): Buffer {
  const files = entries.map(([p, b]) => ({ path: p, sha256: sha256Hex(b), size: b.length }));
  const storeEntry = entries.find(([p]) => p === 'sayonara.json')?.[1];
  const stored = storeEntry ? (JSON.parse(storeEntry.toString()) as { schemaVersion?: number }) : {};
  return Buffer.from(
    JSON.stringify({
      format: 'sayonara-backup',
      formatVersion: 1,
      createdAt: '2026-11-25T00:00:00Z',
      appVersion: '0.1.0',
      schemaVersion: overrides.schemaVersion ?? stored.schemaVersion ?? 2,
      files,
    }),
  );
}

/** Every path under `dir`, folders included (a snapshot of files alone misses an empty staging folder). */
async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

describe('backup and restore', () => {
  test('exports the store and attachments with a manifest, and restores them into an empty folder', async () => {
    const { source, target, exported, png } = await exportBackup();
    expect(exported.summary).toMatchObject({ cases: 1, records: 1, attachments: 1 });
    const fresh = await app(await tempDir());
    await fresh.store.update((data) => ({ ...data, cases: [], records: [] }));
    fresh.ports.nextOpenPath = target;
    expect(await fresh.handlers['backup.inspect']({})).toMatchObject({
      path: target,
      summary: { cases: 1, records: 1, attachments: 1 },
    });
    const restored = await fresh.handlers['backup.import']({ path: target, mode: 'replace' });
    expect(path.basename(restored.backupFile)).toMatch(/before-restoring/);
    expect(canonicalJson(fresh.store.data)).toBe(canonicalJson(source.store.data));
    expect(await readFile(fresh.files.fileOf(png.sha256, 'png'))).toEqual(
      await readFile(source.files.fileOf(png.sha256, 'png')),
    );
    expect((await snapshot(fresh.dir))[`.restore`]).toBeUndefined();
  });

  test('"add" keeps current data and adds only what is missing', async () => {
    const { target } = await exportBackup();
    const other = await app(await tempDir());
    await other.store.update((data) => ({
      ...data,
      cases: [...data.cases, makeCase('mine')],
      settings: { ...data.settings, theme: 'dark' },
    }));
    await other.handlers['backup.import']({ path: target, mode: 'add' });
    expect(other.store.data.cases.map((c) => c.id)).toEqual(['c1', 'mine']);
    expect(other.store.data.attachments).toHaveLength(1);
    expect(other.store.data.settings.theme).toBe('dark');
  });

  test('"add" says what it added, and that nothing was when everything is already there', async () => {
    const { target } = await exportBackup();
    const other = await app(await tempDir());
    // The seeded case and record are already there; only the screenshot is new.
    const first = await other.handlers['backup.import']({ path: target, mode: 'add' });
    expect(first.added).toEqual({ cases: 0, records: 0, attachments: 1 });
    const replaced = await other.handlers['backup.import']({ path: target, mode: 'replace' });
    expect(replaced.added).toEqual({ cases: 1, records: 1, attachments: 1 });
    const again = await other.handlers['backup.import']({ path: target, mode: 'add' });
    expect(again.added).toEqual({ cases: 0, records: 0, attachments: 0 });
  });

  test("a restore replaces a damaged attachment already in the data folder with the backup's good copy", async () => {
    const { target, png } = await exportBackup();
    const other = await app(await tempDir());
    const stored = other.files.fileOf(png.sha256, 'png');
    await mkdir(path.dirname(stored), { recursive: true });
    const damaged = fakePng('x', 100_000);
    damaged.writeUInt8(damaged.readUInt8(5000) ^ 0xff, 5000);
    await writeFile(stored, damaged);
    await other.handlers['backup.import']({ path: target, mode: 'add' });
    expect(sha256Hex(await readFile(stored))).toBe(png.sha256);
  });

  test('a restore moves in only the attachments its store names, of the kinds the app accepts', async () => {
    const img = fakePng('o');
    const entries: [string, Buffer][] = [
      ['sayonara.json', Buffer.from(JSON.stringify(emptyStore()))],
      [`attachments/${sha256Hex(img)}.png`, img],
    ];
    const file = path.join(await tempDir(), 'orphan.sayonara');
    await zipOf([...entries, ['manifest.json', manifestFor(entries)]], file);
    const other = await app(await tempDir());
    await other.handlers['backup.import']({ path: file, mode: 'add' });
    expect(await readdir(other.files.dir).catch(() => [])).toEqual([]);

    const html = Buffer.from('<script>alert(1)</script>');
    const htmlEntries: [string, Buffer][] = [
      ['sayonara.json', Buffer.from(JSON.stringify(emptyStore()))],
      [`attachments/${sha256Hex(html)}.html`, html],
    ];
    const htmlFile = path.join(await tempDir(), 'html.sayonara');
    await zipOf([...htmlEntries, ['manifest.json', manifestFor(htmlEntries)]], htmlFile);
    const error = await Promise.resolve()
      .then(() => other.handlers['backup.import']({ path: htmlFile, mode: 'add' }))
      .then(
        () => null,
        (e: unknown) => e as { code: string },
      );
    expect(error).toMatchObject({ code: 'backup_unsafe' });
  });

  test('the export never writes inside the data folder except where asked, and a cancelled dialog writes nothing', async () => {
    const source = await app();
    const before = await snapshot(source.dir);
    source.ports.nextSavePath = null;
    expect(await source.handlers['backup.export']({})).toEqual({ path: null, summary: null });
    expect(await snapshot(source.dir)).toEqual(before);
  });

  test('a disk without room for the backup is reported as "not enough space" with both figures, before anything is written', async () => {
    const { target, source } = await exportBackup();
    const full = await app(await tempDir(), undefined, async () => 1000);
    await full.store.flush();
    const before = await snapshot(full.dir);
    const names = await listing(full.dir);
    const error = await Promise.resolve()
      .then(() => full.handlers['backup.import']({ path: target, mode: 'replace' }))
      .then(
        () => null,
        (e: unknown) => e as { code: string; params?: Record<string, number> },
      );
    expect(error).toMatchObject({ code: 'backup_no_space', params: { available: 1000 } });
    expect(error?.params?.needed).toBeGreaterThan(100_000);
    expect(await snapshot(full.dir)).toEqual(before);
    expect(await listing(full.dir)).toEqual(names);
    expect(source.store.data.cases).toHaveLength(1);
  });

  test('a FIFO handed in as the backup is refused at once, before any staging folder; so is one as an export target', async () => {
    const target = await app();
    await target.store.flush();
    const fifo = path.join(await tempDir(), 'pipe.sayonara');
    execFileSync('mkfifo', [fifo]);
    const names = await listing(target.dir);
    const refusal = (run: () => unknown) =>
      Promise.resolve()
        .then(run)
        .then(
          () => null,
          (e: unknown) => e as { code: string; params?: Record<string, string> },
        );
    // Four at once used to take every thread of the pool; the store must still write afterwards.
    const imports = await Promise.all(
      [1, 2, 3, 4].map(() => refusal(() => target.handlers['backup.import']({ path: fifo, mode: 'add' }))),
    );
    for (const error of imports)
      expect(error).toMatchObject({ code: 'file_unreadable', params: { name: 'pipe.sayonara' } });
    target.ports.nextOpenPath = fifo;
    expect(await refusal(() => target.handlers['backup.inspect']({}))).toMatchObject({
      code: 'file_unreadable',
    });
    target.ports.nextSavePath = fifo;
    expect(await refusal(() => target.handlers['backup.export']({}))).toMatchObject({
      code: 'file_unsafe_path',
    });
    expect(await listing(target.dir)).toEqual(names);
    await target.store.update((data) => ({ ...data, cases: [] }));
    expect(target.store.data.cases).toEqual([]);
  });

  const store = (version = 2) =>
    Buffer.from(
      JSON.stringify({
        schemaVersion: version,
        settings: { locale: null, theme: 'system', lastCaseId: null },
        cases: [],
        records: [],
        attachments: [],
        documentAttachments: [],
      }),
    );
  const bad: [string, () => Promise<[string, Buffer][]>, string, RegExp][] = [
    [
      'a tampered attachment',
      async () => {
        const img = fakePng('t');
        const entries: [string, Buffer][] = [
          ['sayonara.json', store()],
          [`attachments/${sha256Hex(img)}.png`, img],
        ];
        return [
          ...entries.slice(0, 1),
          [`attachments/${sha256Hex(img)}.png`, fakePng('u')],
          ['manifest.json', manifestFor(entries)],
        ];
      },
      'backup_invalid',
      /does not match its SHA-256/,
    ],
    [
      'zip-slip',
      async () => {
        const entries: [string, Buffer][] = [
          ['sayonara.json', store()],
          ['../evil.txt', Buffer.from('x')],
        ];
        return [...entries, ['manifest.json', manifestFor(entries)]];
      },
      'backup_unsafe',
      /invalid relative path|unexpected entry/,
    ],
    [
      'an unexpected file',
      async () => {
        const entries: [string, Buffer][] = [
          ['sayonara.json', store()],
          ['attachments/run.sh', Buffer.from('x')],
        ];
        return [...entries, ['manifest.json', manifestFor(entries)]];
      },
      'backup_unsafe',
      /unexpected entry/,
    ],
    [
      'a zip bomb',
      async () => {
        const zeros = Buffer.alloc(8 * 1024 * 1024);
        const entries: [string, Buffer][] = [
          ['sayonara.json', store()],
          [`attachments/${sha256Hex(zeros)}.txt`, zeros],
        ];
        return [...entries, ['manifest.json', manifestFor(entries)]];
      },
      'backup_unsafe',
      /more than 4 MB/,
    ],
    [
      'a newer schema',
      async () => {
        const entries: [string, Buffer][] = [['sayonara.json', store(99)]];
        return [...entries, ['manifest.json', manifestFor(entries)]];
      },
      'backup_newer_schema',
      /newer version/,
    ],
    [
      'a store that fails validation',
      async () => {
        const broken = Buffer.from(JSON.stringify({ schemaVersion: 2, settings: { theme: 'neon' } }));
        const entries: [string, Buffer][] = [['sayonara.json', broken]];
        return [...entries, ['manifest.json', manifestFor(entries)]];
      },
      'backup_invalid',
      /does not pass the checks/,
    ],
    [
      'an entry that unpacks to more than its header declares',
      async () => {
        const zeros = Buffer.alloc(2 * 1024 * 1024);
        const name = `attachments/${sha256Hex(zeros)}.txt`;
        const entries: [string, Buffer][] = [
          ['sayonara.json', store()],
          [name, zeros],
        ];
        // The manifest tells the same lie as the header: only counting the bytes while unpacking finds it.
        const manifest = JSON.parse(manifestFor(entries).toString()) as { files: { size: number }[] };
        (manifest.files[1] as { size: number }).size = 100;
        return [
          ...entries,
          ['manifest.json', Buffer.from(JSON.stringify(manifest))],
          [`${LIE}${name}`, Buffer.alloc(0)],
        ];
      },
      'backup_invalid',
      /too many bytes|more than it declares/i,
    ],
    [
      'an entry whose header and manifest disagree on its size',
      async () => {
        const text = Buffer.from('hello');
        const name = `attachments/${sha256Hex(text)}.txt`;
        const entries: [string, Buffer][] = [
          ['sayonara.json', store()],
          [name, text],
        ];
        return [...entries, ['manifest.json', manifestFor(entries)], [`${LIE}${name}`, Buffer.alloc(0)]];
      },
      'backup_invalid',
      /declares 100 bytes, the manifest 5/,
    ],
    [
      'an entry packed a thousand to one (a zip bomb under the size cap)',
      async () => {
        const zeros = Buffer.alloc(3 * 1024 * 1024);
        const entries: [string, Buffer][] = [
          ['sayonara.json', store()],
          [`attachments/${sha256Hex(zeros)}.txt`, zeros],
        ];
        return [...entries, ['manifest.json', manifestFor(entries)]];
      },
      'backup_unsafe',
      /packed \d+ times tighter/,
    ],
    [
      'a manifest from a newer version over a current store',
      async () => {
        const entries: [string, Buffer][] = [['sayonara.json', store()]];
        return [...entries, ['manifest.json', manifestFor(entries, { schemaVersion: 99 })]];
      },
      'backup_newer_schema',
      /newer version/,
    ],
    [
      "a manifest whose version is not its store's",
      async () => {
        const entries: [string, Buffer][] = [['sayonara.json', store()]];
        return [...entries, ['manifest.json', manifestFor(entries, { schemaVersion: 1 })]];
      },
      'backup_invalid',
      /manifest says data version 1, its data 2/,
    ],
    ['no manifest', async () => [['sayonara.json', store()]], 'backup_invalid', /manifest.json is missing/],
    ['not a zip', async () => [], 'backup_invalid', /./],
  ];
  for (const [what, build, code, message] of bad) {
    test(`refuses ${what} with ${code} and changes nothing`, async () => {
      const target = await app(undefined, { maxTotalBytes: 4 * 1024 * 1024, maxEntries: 100 });
      const file = path.join(await tempDir(), 'bad.sayonara');
      const entries = await build();
      if (entries.length === 0) await writeFile(file, 'PK not really');
      else await zipOf(entries, file);
      await target.store.flush();
      const before = await snapshot(target.dir);
      const names = await listing(target.dir);
      target.ports.nextOpenPath = file;
      const attempts: (() => Promise<unknown>)[] = [
        async () => target.handlers['backup.inspect']({}),
        async () => target.handlers['backup.import']({ path: file, mode: 'replace' }),
      ];
      for (const attempt of attempts) {
        const error = await attempt().then(
          () => null,
          (e: unknown) => e as { code: string; message: string },
        );
        expect(error).toMatchObject({ code });
        expect(error?.message).toMatch(message);
      }
      expect(await snapshot(target.dir)).toEqual(before);
      // No staging folder left, not even an empty one.
      expect(await listing(target.dir)).toEqual(names);
      const { store: reopened } = await openStore({ dir: target.dir });
      expect(reopened.data.cases.map((c) => c.id)).toEqual(['c1']);
      await rm(file);
    });
  }
});
