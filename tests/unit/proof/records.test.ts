import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startBackend } from '../../../electron/services';
import { content, fakePng, removeTempDirs, snapshot, tempDir } from './helpers';
import { testPorts } from '../helpers';
import { DOCOMO_PHYSICAL_SHOP } from '../../fixtures/profiles';

afterEach(removeTempDirs);

const profile = DOCOMO_PHYSICAL_SHOP;

async function value<T>(
  result: Promise<{ ok: true; value: unknown } | { ok: false; error: unknown }>,
): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(JSON.stringify(settled.error));
  return settled.value as T;
}

test('records through the router: attachments picked, an edit kept as a chained revision, reports exported', async () => {
  const dataDir = await tempDir();
  const outside = await tempDir();
  const ports = testPorts();
  const { router } = await startBackend({ dataDir, ports, appVersion: '0.0.0-test', systemLocale: 'en' });
  const created = await value<{ case: { id: string } }>(
    router.handle('cases.create', { name: 'docomo', profile, phoneNumber: '09012345678' }),
  );
  const caseId = created.case.id;

  ports.nextPicked = [
    path.join(outside, 'one.png'),
    path.join(outside, 'two.png'),
    path.join(outside, 'nope.exe'),
  ];
  await writeFile(ports.nextPicked[0] ?? '', fakePng('1'));
  await writeFile(ports.nextPicked[1] ?? '', fakePng('2'));
  const picked = await value<{ imported: { id: string }[]; failed: { code: string }[] }>(
    router.handle('attachments.pick', {}),
  );
  expect(picked.imported).toHaveLength(2);
  expect(picked.failed).toEqual([
    expect.objectContaining({ name: 'nope.exe', code: 'file_unsupported_type' }),
  ]);

  const record = await value<{ id: string }>(
    router.handle('records.create', {
      caseId,
      content: content({ attachmentIds: picked.imported.map((a) => a.id) }),
    }),
  );
  const edited = await value<{ revisions: unknown[]; chain: { intact: boolean }; attachments: unknown[] }>(
    router.handle('records.update', { caseId, recordId: record.id, content: content({ staffName: '高橋' }) }),
  );
  expect(edited.revisions).toHaveLength(2);
  expect(edited.chain.intact).toBe(true);
  const listed = await value<{ content: { staffName: string } }[]>(router.handle('records.list', { caseId }));
  expect(listed.map((r) => r.content.staffName)).toEqual(['高橋']);

  expect(
    await router.handle('records.create', { caseId, content: content({ attachmentIds: ['f'.repeat(64)] }) }),
  ).toMatchObject({
    ok: false,
    error: { code: 'not_found' },
  });
  expect(
    await router.handle('records.create', { caseId, content: content({ stepId: 'no-such-step' }) }),
  ).toMatchObject({
    ok: false,
    error: { code: 'not_found' },
  });

  for (const format of ['md', 'json', 'pdf'] as const) {
    ports.nextSavePath = path.join(outside, `report.${format}`);
    expect(
      await value(
        router.handle('report.export', { caseId, locale: 'zh-CN', timeZone: 'Asia/Tokyo', format }),
      ),
    ).toEqual({
      path: ports.nextSavePath,
    });
  }
  expect(await readFile(path.join(outside, 'report.md'), 'utf8')).toContain('受理编号（受付番号）: A-123456');
  expect(JSON.parse(await readFile(path.join(outside, 'report.json'), 'utf8'))).toMatchObject({
    format: 'sayonara-proof-report',
  });
  expect(ports.printed[0]).toContain('@font-face');
});

test('files attached to a document are listed for it, kept across a restart, and in every report format with the holder', async () => {
  const dataDir = await tempDir();
  const outside = await tempDir();
  const ports = testPorts();
  const start = () => startBackend({ dataDir, ports, appVersion: '0.0.0-test', systemLocale: 'en' });
  const { router, store } = await start();
  const holder = { name: 'WANG Lei', residenceCard: 'AB12345678CD', passport: 'EJ1234567' };
  const created = await value<{ case: { id: string }; checklist: { documents: { id: string }[] } }>(
    router.handle('cases.create', { name: 'docomo', profile, phoneNumber: '09012345678', holder }),
  );
  const caseId = created.case.id;
  expect(created.checklist.documents.map((d) => d.id)).toContain('contract-papers');

  ports.nextPicked = [path.join(outside, 'papers.png')];
  await writeFile(ports.nextPicked[0] ?? '', fakePng('p'));
  const [photo] = (await value<{ imported: { id: string }[] }>(router.handle('attachments.pick', {})))
    .imported;
  const link = (linked: boolean, documentId = 'contract-papers') =>
    router.handle('attachments.linkDocument', { caseId, documentId, attachmentId: photo?.id, linked });
  expect(await value(link(true))).toEqual({
    'contract-papers': [expect.objectContaining({ name: 'papers.png' })],
  });
  // Linking twice keeps one link; an unknown document is refused.
  expect(await value<Record<string, unknown[]>>(link(true))).toHaveProperty(['contract-papers', 'length'], 1);
  expect(await link(true, 'no-such-document')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  // A secret (the network PIN, the portal login) holds no file: it belongs in a password manager.
  const secrets = created.checklist.documents.filter((d) => ['network-pin', 'portal-login'].includes(d.id));
  expect(secrets.length).toBeGreaterThan(0);
  for (const secret of secrets) {
    expect(secret).toMatchObject({ secret: true });
    expect(await link(true, secret.id)).toMatchObject({ ok: false, error: { code: 'document_secret' } });
  }

  await store.flush();
  const again = await start();
  expect(await value(again.router.handle('attachments.forDocuments', { caseId }))).toEqual({
    'contract-papers': [expect.objectContaining({ id: photo?.id, name: 'papers.png' })],
  });

  for (const format of ['md', 'json', 'pdf'] as const) {
    ports.nextSavePath = path.join(outside, `report.${format}`);
    await value(
      again.router.handle('report.export', { caseId, locale: 'en', timeZone: 'Asia/Tokyo', format }),
    );
  }
  const md = await readFile(path.join(outside, 'report.md'), 'utf8');
  // Masked as on screen unless the holder chooses otherwise at export (issue 19).
  expect(md).toContain('- Residence card number（在留カード番号）: ••••••••78CD');
  expect(md).not.toContain('AB12345678CD');
  expect(md).toMatch(
    /- \[ \] Contract papers.*\n {2}- Attachments（添付ファイル）: \[papers\.png\]\(files\/01-papers\.png\)/,
  );
  const json = JSON.parse(await readFile(path.join(outside, 'report.json'), 'utf8'));
  expect(json.cover.holder).toEqual({ ...holder, residenceCard: '••••••••78CD', passport: '•••••4567' });
  expect(json.cover.idNumbers).toBe('masked');
  expect(json.documents.find((d: { id: string }) => d.id === 'contract-papers').attachments).toHaveLength(1);
  expect(json.attachments).toEqual([
    expect.objectContaining({ documentIds: ['contract-papers'], recordIds: [], path: 'files/01-papers.png' }),
  ]);
  expect(ports.printed.at(-1)).not.toContain('AB12345678CD');
  ports.nextSavePath = path.join(outside, 'report-in-full.pdf');
  await value(
    again.router.handle('report.export', {
      caseId,
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      format: 'pdf',
      revealIds: true,
    }),
  );
  expect(ports.printed.at(-1)).toContain('AB12345678CD');
  expect(ports.printed.at(-1)).toContain('ID numbers shown in full at the holder’s choice.');
  // The picture itself is in the page printed to PDF, not only its name.
  expect(ports.printed.at(-1)).toContain(
    `<img src="data:image/png;base64,${fakePng('p').toString('base64')}" alt="papers.png">`,
  );

  // With files: a folder holding the report and files/, so every Markdown link resolves to the same bytes.
  ports.nextSavePath = path.join(outside, 'with-files');
  const saved = await value<{ path: string }>(
    again.router.handle('report.export', {
      caseId,
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      format: 'md',
      withFiles: true,
    }),
  );
  expect(saved.path).toBe(path.join(outside, 'with-files', 'with-files.md'));
  const linked = [...(await readFile(saved.path, 'utf8')).matchAll(/\]\((files\/[^)]+)\)/g)].map(
    (m) => m[1] ?? '',
  );
  expect(linked).toContain('files/01-papers.png');
  for (const relative of linked)
    expect(await readFile(path.join(outside, 'with-files', relative))).toEqual(fakePng('p'));

  // Unlinking takes it off the document.
  expect(
    await value(
      again.router.handle('attachments.linkDocument', {
        caseId,
        documentId: 'contract-papers',
        attachmentId: photo?.id,
        linked: false,
      }),
    ),
  ).toEqual({});
});

test('two edits of one record sent together both stay in its chain: neither acknowledged revision is lost', async () => {
  const dataDir = await tempDir();
  const { router, store } = await startBackend({
    dataDir,
    ports: testPorts(),
    appVersion: '0.0.0-test',
    systemLocale: 'en',
  });
  const created = await value<{ case: { id: string } }>(
    router.handle('cases.create', { name: 'docomo', profile, phoneNumber: '' }),
  );
  const caseId = created.case.id;
  const record = await value<{ id: string }>(router.handle('records.create', { caseId, content: content() }));
  const [a, b] = await Promise.all([
    value<{ revisions: unknown[] }>(
      router.handle('records.update', { caseId, recordId: record.id, content: content({ staffName: 'A' }) }),
    ),
    value<{ revisions: unknown[] }>(
      router.handle('records.update', { caseId, recordId: record.id, content: content({ staffName: 'B' }) }),
    ),
  ]);
  expect([a.revisions.length, b.revisions.length]).toEqual([2, 3]);
  const saved = await value<
    { revisions: unknown[]; chain: { intact: boolean }; content: { staffName: string } }[]
  >(router.handle('records.list', { caseId }));
  expect(saved[0]?.revisions).toHaveLength(3);
  expect(saved[0]?.chain.intact).toBe(true);
  expect(saved[0]?.content.staffName).toBe('B');
  expect(store.data.records[0]?.revisions.map((r) => r.content.staffName)).toEqual(['佐藤', 'A', 'B']);
});

test('report.prepare readies the printer with the report page and its fitted screenshots, and writes nothing', async () => {
  const dataDir = await tempDir();
  const outside = await tempDir();
  const ports = testPorts();
  let fitted = 0;
  ports.fitPng = async () => {
    fitted += 1;
    return null;
  };
  const { router } = await startBackend({ dataDir, ports, appVersion: '0.0.0-test', systemLocale: 'en' });
  const { case: created } = await value<{ case: { id: string } }>(
    router.handle('cases.create', { name: 'docomo', profile, phoneNumber: '09012345678' }),
  );
  ports.nextPicked = [path.join(outside, 'done.png')];
  await writeFile(ports.nextPicked[0] ?? '', fakePng('d'));
  const { imported } = await value<{ imported: { id: string }[] }>(router.handle('attachments.pick', {}));
  await value(
    router.handle('records.create', {
      caseId: created.id,
      content: content({ attachmentIds: imported.map((a) => a.id) }),
    }),
  );
  const before = await snapshot(outside);

  const request = { caseId: created.id, locale: 'ja', timeZone: 'Asia/Tokyo' };
  expect(await router.handle('report.prepare', request)).toEqual({ ok: true, value: null });
  expect(ports.prepared).toHaveLength(1);
  expect(ports.prepared[0]).toContain('A-123456');
  expect(ports.prepared[0]).toContain('@font-face');
  expect(ports.prepared[0]).toContain('<img src="data:image/png;base64,');
  expect(fitted).toBe(1);
  // Nothing asked of the user, nothing written, nothing printed for keeps.
  expect(ports.printed).toEqual([]);
  expect(await snapshot(outside)).toEqual(before);

  // The export that follows finds the screenshot fitted already.
  ports.nextSavePath = path.join(outside, 'report.pdf');
  await value(router.handle('report.export', { ...request, format: 'pdf' }));
  expect(fitted).toBe(1);
  expect(ports.printed).toHaveLength(1);
  expect(await router.handle('report.prepare', { ...request, caseId: 'nope' })).toMatchObject({
    ok: false,
    error: { code: 'not_found' },
  });
});
