import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseSummary, CaseView, RecordView } from '../../../electron/ipc/views';
import { maskName, maskNumber, maskPhone } from '../../../electron/proof/mask';
import { isAllowedExternalUrl } from '../../../electron/services/links';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend } from '../helpers';
import { content } from '../proof/helpers';
import { buildChecklist } from '../../../electron/guide/engine';

const docomoEsim = DOCOMO_ESIM_ONLINE;

type App = Awaited<ReturnType<typeof backend>>;
let app: App;
afterEach(() => app?.cleanup());

const call = <T>(channel: string, payload: unknown) => app.call<T>(channel, payload);

const stepIds = (view: CaseView) => view.checklist.phases.flatMap((p) => p.steps.map((s) => s.id));

describe('cases', () => {
  it('creates a case with a tailored checklist and remembers it as the current one', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', {
      name: 'My docomo',
      profile: docomoEsim,
      phoneNumber: '090-1234-5678',
    });
    expect(stepIds(view)).toContain('device.esim-delete');
    expect(app.store.data.settings.lastCaseId).toBe(view.case.id);
    const [summary] = await call<CaseSummary[]>('cases.list', {});
    expect(summary).toMatchObject({ name: 'My docomo', phoneMasked: '090-••••-5678', progress: { done: 0 } });
    expect(summary?.nextStep?.id).toBe(stepIds(view)[0]);
  });

  it('keeps tick history, notes and progress, durably', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', { name: 'x', profile: docomoEsim, phoneNumber: '' });
    const [first = '', second = ''] = stepIds(view);
    await call('steps.setDone', { caseId: view.case.id, stepId: first, done: true });
    await call('steps.setDone', { caseId: view.case.id, stepId: first, done: false });
    await call('steps.setDone', { caseId: view.case.id, stepId: first, done: true });
    const noted = await call<CaseView>('steps.setNote', {
      caseId: view.case.id,
      stepId: second,
      note: '受付番号 A-123',
    });
    expect(noted.case.steps[first]?.history.map((h) => h.done)).toEqual([true, false, true]);
    expect(noted.case.steps[second]).toMatchObject({ done: false, note: '受付番号 A-123' });

    // A relaunch on the same folder finds the same.
    await app.store.flush();
    const again = await backend(app.dir);
    const reopened = (await again.router.handle('cases.get', { caseId: view.case.id })) as {
      ok: true;
      value: CaseView;
    };
    expect(reopened.value.case.steps).toEqual(noted.case.steps);
    const [summary] = ((await again.router.handle('cases.list', {})) as { ok: true; value: CaseSummary[] })
      .value;
    expect(summary?.progress.done).toBe(1);
  });

  it('re-tailors when an answer changes, keeping the ticks of steps that remain and retiring the rest', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', { name: 'x', profile: docomoEsim, phoneNumber: '' });
    await call('steps.setDone', { caseId: view.case.id, stepId: 'device.esim-delete', done: true });
    await call('steps.setDone', { caseId: view.case.id, stepId: 'after.final-bill', done: true });
    const physical = await call<CaseView>('cases.updateProfile', {
      caseId: view.case.id,
      profile: { ...docomoEsim, cardKind: 'physical' },
      phoneNumber: '',
    });
    expect(stepIds(physical)).not.toContain('device.esim-delete');
    expect(physical.case.steps['after.final-bill']?.done).toBe(true);
    expect(physical.retired.map((r) => r.id)).toContain('device.esim-delete');
  });

  it('refuses unknown steps and documents, and changes nothing', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', { name: 'x', profile: docomoEsim, phoneNumber: '' });
    const before = app.store.data;
    const step = await app.router.handle('steps.setDone', {
      caseId: view.case.id,
      stepId: 'no.such',
      done: true,
    });
    const doc = await app.router.handle('documents.setDone', {
      caseId: view.case.id,
      documentId: 'nope',
      done: true,
    });
    expect(step).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(doc).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(app.store.data).toBe(before);
  });

  it('treats step ids that name Object.prototype members as unknown: the store still opens', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', { name: 'x', profile: docomoEsim, phoneNumber: '' });
    const before = app.store.data;
    for (const stepId of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const done = await app.router.handle('steps.setDone', { caseId: view.case.id, stepId, done: true });
      const note = await app.router.handle('steps.setNote', { caseId: view.case.id, stepId, note: 'n' });
      expect(done).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(note).toMatchObject({ ok: false, error: { code: 'not_found' } });
    }
    expect(app.store.data).toBe(before);
    await app.store.flush();
    const again = await backend(app.dir);
    expect(again.notice).toBeNull();
    expect(again.store.data.cases.map((c) => c.id)).toEqual([view.case.id]);
  });

  it('backs the data up before deleting a case', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', {
      name: 'to delete',
      profile: docomoEsim,
      phoneNumber: '',
    });
    const remaining = await call<CaseSummary[]>('cases.delete', { caseId: view.case.id });
    expect(remaining).toEqual([]);
    expect(app.store.data.settings.lastCaseId).toBeNull();
    const backups = await readdir(path.join(app.dir, 'backups'));
    expect(backups.some((name) => name.includes('before-deleting') || name.includes('deleting'))).toBe(true);
  });
});

describe('the contract holder', () => {
  const holder = { name: '  WANG Lei ', residenceCard: ' AB 12345678 CD ', passport: 'EJ1234567 ' };
  const trimmed = { name: 'WANG Lei', residenceCard: 'AB 12345678 CD', passport: 'EJ1234567' };

  it('is saved trimmed, masked in the view, durably; an edit without one keeps it', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', {
      name: 'x',
      profile: docomoEsim,
      phoneNumber: '',
      holder,
    });
    expect(view.case.holder).toEqual(trimmed);
    expect(view.holderMasked).toEqual({
      name: 'W••• L••',
      residenceCard: '••••••••78CD',
      passport: '•••••4567',
    });
    const kept = await call<CaseView>('cases.updateProfile', {
      caseId: view.case.id,
      profile: docomoEsim,
      phoneNumber: '',
    });
    expect(kept.case.holder).toEqual(trimmed);
    const changed = await call<CaseView>('cases.updateProfile', {
      caseId: view.case.id,
      profile: docomoEsim,
      phoneNumber: '',
      holder: { name: '王磊', residenceCard: '', passport: '' },
    });
    expect(changed.holderMasked).toEqual({ name: '王•', residenceCard: '', passport: '' });

    await app.store.flush();
    const again = await backend(app.dir);
    const reopened = (await again.router.handle('cases.get', { caseId: view.case.id })) as {
      ok: true;
      value: CaseView;
    };
    expect(reopened.value.case.holder).toEqual({ name: '王磊', residenceCard: '', passport: '' });
  });

  it('is empty when none is given', async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', { name: 'x', profile: docomoEsim, phoneNumber: '' });
    expect(view.case.holder).toEqual({ name: '', residenceCard: '', passport: '' });
    expect(view.holderMasked).toEqual({ name: '', residenceCard: '', passport: '' });
  });

  it.each([
    ['a residence card with punctuation', { ...trimmed, residenceCard: 'AB-1234-5678-CD' }],
    ['a residence card over 20', { ...trimmed, residenceCard: 'A'.repeat(21) }],
    ['a passport with a space', { ...trimmed, passport: 'EJ 1234567' }],
    ['a passport over 20', { ...trimmed, passport: '1'.repeat(21) }],
    ['a name over 120', { ...trimmed, name: 'x'.repeat(121) }],
    ['an unknown field', { ...trimmed, birthday: '1990-01-01' }],
    ['a missing field', { name: 'WANG Lei' }],
  ])('refuses %s, and changes nothing', async (_label, bad) => {
    app = await backend();
    const before = app.store.data;
    const result = await app.router.handle('cases.create', {
      name: 'x',
      profile: docomoEsim,
      phoneNumber: '',
      holder: bad,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(app.store.data).toBe(before);
  });

  it('masks names to their first letters and numbers to their last four', () => {
    expect(maskName(' Maria  José Silva ')).toBe('M•••• J••• S••••');
    expect(maskName('A')).toBe('A•');
    expect(maskName('')).toBe('');
    expect(maskNumber('AB 12345678 CD')).toBe('••••••••78CD');
    expect(maskNumber('1234')).toBe('••••');
    expect(maskNumber('')).toBe('');
  });
});

describe('records under their proof steps', () => {
  it("lists each proof step's records in the case view: kind, when, the reference masked; nothing else", async () => {
    app = await backend();
    const view = await call<CaseView>('cases.create', { name: 'x', profile: docomoEsim, phoneNumber: '' });
    const other = await call<CaseView>('cases.create', { name: 'y', profile: docomoEsim, phoneNumber: '' });
    const caseId = view.case.id;
    const step = 'cancel.keep-confirmation';
    expect(view.checklist.phases.flatMap((p) => p.steps).find((s) => s.id === step)?.producesProof).toBe(
      true,
    );
    expect(view.stepRecords).toEqual({});

    const later = await call<RecordView>('records.create', {
      caseId,
      content: content({
        stepId: step,
        occurredAt: '2026-11-25T10:00:00+09:00',
        referenceNumber: 'A-778899',
      }),
    });
    const earlier = await call<RecordView>('records.create', {
      caseId,
      content: content({
        stepId: step,
        kind: 'online-cancellation',
        occurredAt: '2026-11-24T09:00:00+09:00',
        referenceNumber: '',
      }),
    });
    await call('records.create', { caseId, content: content({ stepId: null }) });
    await call('records.create', { caseId: other.case.id, content: content({ stepId: step }) });

    const got = await call<CaseView>('cases.get', { caseId });
    expect(got.stepRecords).toEqual({
      [step]: [
        {
          id: earlier.id,
          kind: 'online-cancellation',
          occurredAt: '2026-11-24T09:00:00+09:00',
          timeZone: 'Asia/Tokyo',
          referenceMasked: '',
        },
        {
          id: later.id,
          kind: 'shop-visit',
          occurredAt: '2026-11-25T10:00:00+09:00',
          timeZone: 'Asia/Tokyo',
          referenceMasked: '••••••99',
        },
      ],
    });
    // Small and JSON-safe: no reference number, note or staff name in the clear.
    expect(JSON.parse(JSON.stringify(got.stepRecords))).toEqual(got.stepRecords);
    expect(JSON.stringify(got.stepRecords)).not.toMatch(/778899|佐藤|解約受付/);

    // Every view a change returns carries it; an edit that unlinks a record takes it off the step.
    const ticked = await call<CaseView>('steps.setDone', { caseId, stepId: step, done: true });
    expect(ticked.stepRecords[step]).toHaveLength(2);
    await call('records.update', { caseId, recordId: later.id, content: content({ stepId: null }) });
    const unlinked = await call<CaseView>('cases.get', { caseId });
    expect(unlinked.stepRecords[step]?.map((r) => r.id)).toEqual([earlier.id]);
    const otherView = await call<CaseView>('cases.get', { caseId: other.case.id });
    expect(otherView.stepRecords[step]).toHaveLength(1);
  });
});

describe('personal numbers and links', () => {
  it('masks a phone number down to its first three and last four digits', () => {
    expect(maskPhone('090-1234-5678')).toBe('090-••••-5678');
    expect(maskPhone('+81 90 1234 5678')).toBe('819-••••-5678');
    expect(maskPhone('')).toBe('');
    expect(maskPhone('123')).toBe('•••');
  });

  it('opens only allow-listed carrier and government hosts', () => {
    expect(isAllowedExternalUrl('https://www.docomo.ne.jp/support/')).toBe(true);
    expect(isAllowedExternalUrl('https://www.docomo.ne.jp.evil.example/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example/?u=https://www.docomo.ne.jp')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@www.docomo.ne.jp/')).toBe(false);
  });
});

describe('settings', () => {
  it('hands a theme change to the window, and nothing else', async () => {
    app = await backend();
    await call('settings.update', { locale: 'ja' });
    expect(app.ports.themes).toEqual([]);
    await call('settings.update', { theme: 'dark' });
    expect(app.ports.themes).toEqual(['dark']);
  });
});

describe('the case screen in one language', () => {
  it("sends each text in the app's language only, and in the new one once the language changes", async () => {
    app = await backend();
    const created = await call<CaseView>('cases.create', { name: 'x', profile: docomoEsim, phoneNumber: '' });
    const caseId = created.case.id;
    const full = buildChecklist(docomoEsim);
    const first = full.phases[0]?.steps[0];
    const english = await call<CaseView>('cases.get', { caseId });
    expect(english.locale).toBe('en');
    expect(english.checklist.phases[0]?.steps[0]?.title).toBe(first?.title.en);
    expect(english.checklist.provider.name).toBe(full.provider.name.en);
    // No other language's text travels with it.
    expect(JSON.stringify(english.checklist)).not.toContain(first?.title.ja);

    await call('settings.update', { locale: 'zh-CN' });
    const chinese = await call<CaseView>('cases.get', { caseId });
    expect(chinese.locale).toBe('zh-CN');
    expect(chinese.checklist.phases[0]?.steps[0]?.title).toBe(first?.title['zh-CN']);
    // A tick answers with the case too, in the same language.
    const ticked = await call<CaseView>('steps.setDone', { caseId, stepId: first?.id, done: true });
    expect(ticked.checklist.phases[0]?.steps[0]?.why).toBe(first?.why['zh-CN']);
  });
});
