// Two things at once, through the real router and store: what was acknowledged is never lost. Deleting
// a case while the same bytes are pasted, imported or restored elsewhere never leaves a record pointing at
// no file; a tick during a "replace" restore is either refused or kept (in the restored data or in the
// backup taken before it).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AttachmentView, CaseView, ImportOutcome } from '../../../electron/ipc/views';
import { ATTACHMENT_DIR, holdsBytes } from '../../../electron/proof/attachment-store';
import { openStore } from '../../../electron/store/store';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend, tempDir } from '../helpers';
import { content, fakePng } from '../proof/helpers';
import { rm } from 'node:fs/promises';

type App = Awaited<ReturnType<typeof backend>>;
const apps: App[] = [];
const outside: string[] = [];
afterEach(async () => {
  await Promise.all(apps.splice(0).map((app) => app.cleanup()));
  await Promise.all(outside.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A small seeded generator: the same interleavings on every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Waits 0 to `most` turns of the event loop or timers, so the operations start in a different order each round. */
const jitter = async (next: () => number, most = 3) => {
  const turns = Math.floor(next() * (most + 1));
  for (let i = 0; i < turns; i += 1)
    await new Promise((resolve) => (next() < 0.5 ? setImmediate(resolve) : setTimeout(resolve, 1)));
};

/** The outcome of a call: its value, or the code it was refused with. */
async function attempt<T>(app: App, channel: string, payload: unknown) {
  const result = await app.router.handle(channel, payload);
  return result.ok
    ? { ok: true as const, value: result.value as T }
    : { ok: false as const, code: result.error.code };
}

/** After a restart: every attachment any record or document link names is listed and its file intact. */
async function danglingAfterRestart(dir: string): Promise<string[]> {
  const { store } = await openStore({ dir });
  const data = store.data;
  const listed = new Map(data.attachments.map((a) => [a.id, a]));
  const named = new Set<string>();
  for (const record of data.records)
    for (const revision of record.revisions) for (const id of revision.content.attachmentIds) named.add(id);
  for (const link of data.documentAttachments) named.add(link.attachmentId);
  const dangling: string[] = [];
  for (const id of named) {
    const entry = listed.get(id);
    const file = entry ? path.join(dir, ATTACHMENT_DIR, `${id}.${entry.ext}`) : null;
    if (file === null || !(await holdsBytes(file, id))) dangling.push(id);
  }
  return dangling;
}

describe('deletion against paste, import and restore of the same bytes', () => {
  it('no acknowledged record ever points at a missing file, whatever the interleaving', async () => {
    const app = await backend();
    apps.push(app);
    const spare = await tempDir('sayonara-race-');
    outside.push(spare);
    const call = app.call;
    const create = (name: string) =>
      call<CaseView>('cases.create', { name, profile: DOCOMO_ESIM_ONLINE, phoneNumber: '' });
    const keeper = await create('keeper');
    const next = random(22);
    let acknowledged = 0;
    for (let round = 0; round < 60; round += 1) {
      const bytes = fakePng(`round-${round}`, 4096);
      const doomed = await create(`doomed ${round}`);
      const first = await call<AttachmentView>('attachments.importPasted', {
        name: 'shot.png',
        dataBase64: bytes.toString('base64'),
      });
      await call('records.create', {
        caseId: doomed.case.id,
        content: content({ attachmentIds: [first.id] }),
      });
      // The same case as a backup file, to be added back while it is being deleted.
      const backupFile = path.join(spare, `round-${round}.sayonara`);
      app.ports.nextSavePath = backupFile;
      await call('backup.exportCase', { caseId: doomed.case.id });
      const picked = path.join(spare, `picked-${round}.png`);
      await writeFile(picked, bytes);

      const recordWith = async (attachment: AttachmentView | undefined) => {
        if (!attachment) return;
        const saved = await attempt(app, 'records.create', {
          caseId: keeper.case.id,
          content: content({ attachmentIds: [attachment.id] }),
        });
        if (saved.ok) acknowledged += 1;
      };
      // The deletion races a different mix each round: one of them alone could put the file back for another.
      const [paste, pick, restore] = [next() < 0.6, next() < 0.4, next() < 0.4];
      await Promise.all([
        (async () => {
          await jitter(next);
          await attempt(app, 'cases.delete', { caseId: doomed.case.id });
        })(),
        paste &&
          (async () => {
            await jitter(next);
            const pasted = await attempt<AttachmentView>(app, 'attachments.importPasted', {
              name: 'again.png',
              dataBase64: bytes.toString('base64'),
            });
            await jitter(next);
            await recordWith(pasted.ok ? pasted.value : undefined);
          })(),
        pick &&
          (async () => {
            await jitter(next);
            const imported = await attempt<ImportOutcome>(app, 'attachments.importPaths', {
              paths: [picked],
            });
            await jitter(next);
            await recordWith(imported.ok ? imported.value.imported[0] : undefined);
          })(),
        restore &&
          (async () => {
            await jitter(next);
            await attempt(app, 'backup.import', { path: backupFile, mode: 'add' });
          })(),
      ]);
    }
    await app.store.flush();
    expect(acknowledged).toBeGreaterThan(20);
    expect(await danglingAfterRestart(app.dir)).toEqual([]);
  });
});

describe('ticking during a "replace" restore', () => {
  it('a tick is refused, or kept in the restored data or in the backup taken before the restore', async () => {
    const app = await backend();
    apps.push(app);
    const spare = await tempDir('sayonara-race-');
    outside.push(spare);
    const created = await app.call<CaseView>('cases.create', {
      name: 'line',
      profile: DOCOMO_ESIM_ONLINE,
      phoneNumber: '',
    });
    const steps = created.checklist.phases.flatMap((p) => p.steps).map((s) => s.id);
    // The backup holds the same case: a tick after the restore lands on the restored copy.
    const backupFile = path.join(spare, 'all.sayonara');
    app.ports.nextSavePath = backupFile;
    await app.call('backup.export', {});
    const next = random(7);
    const kept: { at: string; stepId: string }[] = [];
    const refused = new Set<string>();
    const backups: string[] = [];
    for (let round = 0; round < 12; round += 1) {
      await Promise.all([
        (async () => {
          await jitter(next);
          const restored = await attempt<{ backupFile: string }>(app, 'backup.import', {
            path: backupFile,
            mode: 'replace',
          });
          // Read at once: backups/ keeps the newest ten only.
          if (restored.ok) backups.push(await readFile(restored.value.backupFile, 'utf8'));
          else refused.add(restored.code);
        })(),
        ...Array.from({ length: 12 }, (_, i) =>
          (async () => {
            // Spread over the whole restore, which takes many turns.
            await jitter(next, 30);
            const stepId = steps[(round * 12 + i) % steps.length] ?? '';
            const ticked = await attempt<CaseView>(app, 'steps.setDone', {
              caseId: created.case.id,
              stepId,
              done: (round + i) % 2 === 0,
            });
            if (!ticked.ok) return refused.add(ticked.code);
            const at = ticked.value.case.steps[stepId]?.history.at(-1)?.at ?? '';
            kept.push({ at, stepId });
          })(),
        ),
      ]);
    }
    await app.store.flush();
    const finalText = await readFile(app.store.filePath, 'utf8');
    const lost = kept.filter(
      ({ at }) => !finalText.includes(at) && !backups.some((text) => text.includes(at)),
    );
    expect(kept.length).toBeGreaterThan(0);
    expect(lost).toEqual([]);
    // The only refusal a tick may meet is "a restore is running".
    expect([...refused].filter((code) => code !== 'store_busy')).toEqual([]);
  });
});

describe('a "replace" restore that is refused', () => {
  it('lets edits through again at once', async () => {
    const app = await backend();
    apps.push(app);
    const created = await app.call<CaseView>('cases.create', {
      name: 'line',
      profile: DOCOMO_ESIM_ONLINE,
      phoneNumber: '',
    });
    const damaged = path.join(app.dir, 'not-a-backup.sayonara');
    await writeFile(damaged, 'PK not really a zip');
    const refused = await attempt(app, 'backup.import', { path: damaged, mode: 'replace' });
    expect(refused).toMatchObject({ ok: false, code: 'backup_invalid' });
    const stepId = created.checklist.phases[0]?.steps[0]?.id ?? '';
    expect(
      await attempt(app, 'steps.setDone', { caseId: created.case.id, stepId, done: true }),
    ).toMatchObject({
      ok: true,
    });
  });
});
