// Deleting a case takes its records, its document links and the attachment files no other case uses;
// the start-up maintenance removes attachment files nothing names once they are a day old.
import { readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppInfo, AttachmentView, CaseView } from '../../../electron/ipc/views';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend } from '../helpers';
import { content, fakePng } from '../proof/helpers';

type App = Awaited<ReturnType<typeof backend>>;
let app: App;
afterEach(() => app?.cleanup());

const call = <T>(channel: string, payload: unknown) => app.call<T>(channel, payload);

const paste = (seed: string) =>
  call<AttachmentView>('attachments.importPasted', {
    name: `${seed}.png`,
    dataBase64: fakePng(seed, 4096).toString('base64'),
  });

describe('deleting a case', () => {
  it('removes its records, its document links and the files only it used; files another case uses stay', async () => {
    app = await backend();
    const create = (name: string) =>
      call<CaseView>('cases.create', { name, profile: DOCOMO_ESIM_ONLINE, phoneNumber: '' });
    const doomed = await create('leaving');
    const kept = await create('staying');
    const [shared, onlyRecord, onlyLink] = [await paste('s'), await paste('r'), await paste('l')];
    await call('records.create', {
      caseId: doomed.case.id,
      content: content({ referenceNumber: 'GONE-778899', attachmentIds: [shared.id, onlyRecord.id] }),
    });
    const documentId = doomed.checklist.documents[0]?.id ?? '';
    const link = (caseId: string, attachmentId: string) =>
      call('attachments.linkDocument', { caseId, documentId, attachmentId, linked: true });
    await link(doomed.case.id, onlyLink.id);
    await link(kept.case.id, shared.id);
    const attachmentsDir = path.join(app.dir, 'attachments');
    expect(await readdir(attachmentsDir)).toHaveLength(3);
    // The confirmation says what will go: the files only this case uses, not the shared one.
    expect(await call('cases.deletionPreview', { caseId: doomed.case.id })).toEqual({
      records: 1,
      documentLinks: 1,
      files: 2,
      bytes: 2 * 4096,
    });
    // And offers the case as a backup file first: it holds this case alone, with all three of its files.
    const saved = path.join(app.dir, '..', `${path.basename(app.dir)}-case.sayonara`);
    app.ports.nextSavePath = saved;
    const exported = await call<{ summary: unknown }>('backup.exportCase', { caseId: doomed.case.id });
    expect(exported.summary).toMatchObject({ cases: 1, records: 1, attachments: 3 });
    app.ports.nextOpenPath = saved;
    const inspected = await call<{ summary: unknown }>('backup.inspect', {});
    expect(inspected.summary).toMatchObject({ cases: 1, records: 1, attachments: 3 });
    await rm(saved);

    await call('cases.delete', { caseId: doomed.case.id });

    const data = app.store.data;
    expect(data.cases.map((c) => c.id)).toEqual([kept.case.id]);
    expect(data.records).toEqual([]);
    expect(data.documentAttachments.map((l) => l.caseId)).toEqual([kept.case.id]);
    expect(data.attachments.map((a) => a.id)).toEqual([shared.id]);
    expect(await readdir(attachmentsDir)).toEqual([shared.fileName]);
    // Nothing of the deleted case is left in the store file; the rolling backup taken first still has its text.
    expect(await readFile(app.store.filePath, 'utf8')).not.toContain('GONE-778899');
    const backups = await readdir(path.join(app.dir, 'backups'));
    const before = backups.find((name) => name.includes('before-deleting'));
    expect(await readFile(path.join(app.dir, 'backups', before ?? ''), 'utf8')).toContain('GONE-778899');
  });
});

describe('start-up maintenance', () => {
  it('removes attachment files nothing names once a day old, keeps newer ones and used ones, and reports the space', async () => {
    app = await backend();
    const used = await paste('u');
    const unused = await paste('x');
    const young = await paste('y');
    const created = await call<CaseView>('cases.create', {
      name: 'c',
      profile: DOCOMO_ESIM_ONLINE,
      phoneNumber: '',
    });
    await call('records.create', { caseId: created.case.id, content: content({ attachmentIds: [used.id] }) });
    const dir = path.join(app.dir, 'attachments');
    // A stray file from an old version: nothing in the store at all.
    const stray = `${'b'.repeat(64)}.txt`;
    await writeFile(path.join(dir, stray), 'left behind');
    // The test clock starts at 2026-11-25T09:00Z: two days before it is old, an hour before it is not.
    const old = new Date('2026-11-23T09:00:00Z');
    for (const name of [used.fileName, unused.fileName, stray]) await utimes(path.join(dir, name), old, old);
    const recent = new Date('2026-11-25T08:00:00Z');
    await utimes(path.join(dir, young.fileName), recent, recent);
    await app.store.flush();

    app = { ...(await backend(app.dir)), cleanup: app.cleanup };
    expect((await readdir(dir)).sort()).toEqual([used.fileName, young.fileName].sort());
    expect(app.store.data.attachments.map((a) => a.id).sort()).toEqual([used.id, young.id].sort());
    const info = await call<AppInfo>('app.info', {});
    expect(info.freedAtStart).toEqual({ files: 2, bytes: 4096 + 'left behind'.length });
  });
});
