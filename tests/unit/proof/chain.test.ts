import { readFile, writeFile } from 'node:fs/promises';
import { afterEach, describe, expect, test } from 'vitest';
import { canonicalJson, GENESIS_HASH, verifyChain } from '../../../electron/proof/chain';
import { openStore } from '../../../electron/store/store';
import { content, makeRecord, removeTempDirs, seededStore } from './helpers';

afterEach(removeTempDirs);

describe('the revision chain', () => {
  test('canonical JSON does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
  });

  test('links each revision to the one before and reports the head', () => {
    const record = makeRecord('r', 'c', [{ staffName: 'A' }, { staffName: 'B' }]);
    expect(record.revisions[0]?.prevHash).toBe(GENESIS_HASH);
    expect(record.revisions[1]?.prevHash).toBe(record.revisions[0]?.hash);
    expect(verifyChain(record.revisions)).toEqual({
      intact: true,
      brokenAt: null,
      headHash: record.revisions[2]?.hash,
    });
  });

  test('detects an edited old revision, a swapped order and a forged hash', () => {
    const { revisions } = makeRecord('r', 'c', [{ staffName: 'A' }, { staffName: 'B' }]);
    const [first, second, third] = revisions;
    if (!first || !second || !third) throw new Error('three revisions expected');
    const edited = { ...first, content: content({ referenceNumber: 'FORGED' }) };
    expect(verifyChain([edited, second, third])).toMatchObject({ intact: false, brokenAt: 0 });
    expect(verifyChain([first, third, second])).toMatchObject({ intact: false, brokenAt: 1 });
    // Rehashing the edited revision does not help: the next link still points at the old hash.
    const rehashed = makeRecord('r', 'c').revisions[0];
    if (!rehashed) throw new Error('a revision expected');
    const forged = { ...rehashed, content: content({ referenceNumber: 'FORGED' }) };
    expect(verifyChain([forged, second, third]).intact).toBe(false);
  });

  test('an old revision edited in the store file on disk is detected after a restart', async () => {
    const { dataDir, store } = await seededStore();
    await store.flush();
    const file = store.filePath;
    const text = await readFile(file, 'utf8');
    expect(text).toContain('A-123456');
    // Someone changes the reference number of the first revision with a text editor.
    await writeFile(file, text.replace('A-123456', 'B-999999'));
    const { store: reopened } = await openStore({ dir: dataDir });
    const record = reopened.data.records[0];
    expect(record?.revisions[0]?.content.referenceNumber).toBe('B-999999');
    expect(verifyChain(record?.revisions ?? [])).toMatchObject({ intact: false, brokenAt: 0 });
  });
});
