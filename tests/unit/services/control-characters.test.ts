/* eslint-disable no-control-regex -- the tests look for control characters */
// Text that could rewrite an export: a case name with CR/LF, a staff name with a bell, a NEL. Refused at the
// IPC boundary and in restored backups (a clear code), and escaped by every exporter should an older store
// still hold one.
import path from 'node:path';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../electron/ipc/views';
import { buildReport, reportHtml, reportMarkdown } from '../../../electron/proof/report';
import { planCalendar } from '../../../electron/guide/plan-calendar';
import { buildChecklist } from '../../../electron/guide/engine';
import { computePlan } from '../../../electron/guide/plan';
import { emptyStore } from '../../../electron/store/schema';
import { caseBills, caseModel } from '../../../electron/services/cases';
import { caseRecords } from '../../../electron/services/records';
import { errorText } from '../../../renderer/src/app/error-text';
import { translator } from '../../../renderer/src/i18n';
import { LOCALES } from '../../../electron/guide/types';
import { dictionaryFor } from '../../fixtures/dictionaries';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend } from '../helpers';
import { content, makeCase, makeRecord } from '../proof/helpers';
import { backupOf } from '../proof/archive-fixtures';

type App = Awaited<ReturnType<typeof backend>>;
let app: App | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

/** A case name that, written raw, ends the calendar and adds an event and a new calendar name. */
const HOSTILE =
  'My line\r\nEND:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Pay 50000 yen to 090-0000-0000\r\nEND:VEVENT\r\nX-WR-CALNAME:pwned';

const codeOf = async (channel: string, payload: unknown) => {
  const result = await app?.router.handle(channel, payload);
  return result?.ok ? 'ok' : result?.error.code;
};

describe('at the IPC boundary', () => {
  it('names and other one-line fields refuse line breaks and control characters; notes keep their lines', async () => {
    app = await backend();
    const created = await app.call<CaseView>('cases.create', {
      name: 'line',
      profile: DOCOMO_ESIM_ONLINE,
      phoneNumber: '',
    });
    const caseId = created.case.id;
    const stepId = created.checklist.phases[0]?.steps[0]?.id ?? '';
    const create = (name: string, holderName = '') =>
      codeOf('cases.create', {
        name,
        profile: DOCOMO_ESIM_ONLINE,
        phoneNumber: '',
        holder: { name: holderName, residenceCard: '', passport: '' },
      });
    expect(await create(HOSTILE)).toBe('text_control_characters');
    expect(await create('a\u2028b')).toBe('text_control_characters');
    expect(await create('ok', 'Wang\u0085Xiaoming')).toBe('text_control_characters');
    expect(await codeOf('cases.rename', { caseId, name: 'a\rb' })).toBe('text_control_characters');
    expect(await codeOf('cases.rename', { caseId, name: 'tab\tinside is fine' })).toBe('ok');
    expect(await codeOf('steps.setNote', { caseId, stepId, note: 'first line\nsecond line' })).toBe('ok');
    expect(await codeOf('steps.setNote', { caseId, stepId, note: 'ring\u0007' })).toBe(
      'text_control_characters',
    );
    expect(await codeOf('steps.setNote', { caseId, stepId, note: 'old mac\rline' })).toBe(
      'text_control_characters',
    );
    expect(
      await codeOf('records.create', { caseId, content: content({ staffName: 'Sato\nEND:VEVENT' }) }),
    ).toBe('text_control_characters');
    expect(
      await codeOf('records.create', { caseId, content: content({ referenceNumber: 'A-1\u0000' }) }),
    ).toBe('text_control_characters');
    expect(await codeOf('records.create', { caseId, content: content({ note: 'two\nlines' }) })).toBe('ok');
    // A screen that failed to draw sends its stack, one frame a line: the log must get it whole.
    expect(
      await codeOf('app.logError', {
        message: 'Cannot read properties of undefined',
        stack: 'TypeError: Cannot read properties of undefined\n    at CaseRow (index.js:1:2)',
      }),
    ).toBe('ok');
    expect(
      await codeOf('attachments.importPasted', {
        name: 'shot\n.png',
        dataBase64: Buffer.from('x').toString('base64'),
      }),
    ).toBe('text_control_characters');
    // Nothing refused was written.
    expect(app.store.data.cases.map((c) => c.name)).toEqual(['tab\tinside is fine']);
    expect(app.store.data.records).toHaveLength(1);
    // The refusal reads in every language.
    for (const locale of LOCALES) {
      const words = errorText(translator(dictionaryFor(locale)), locale, { code: 'text_control_characters' });
      expect(words, locale).not.toMatch(/^error\./);
    }
  });
});

describe('in a restored backup', () => {
  it('a case name with CR/LF, or a record field with a control character, is refused with its own code', async () => {
    app = await backend();
    const file = path.join(app.dir, '..', `${path.basename(app.dir)}-hostile.sayonara`);
    const hostileCase = { ...makeCase('c1'), name: HOSTILE };
    await backupOf({ ...emptyStore(), cases: [hostileCase] }, file);
    expect(await codeOf('backup.import', { path: file, mode: 'add' })).toBe('backup_control_characters');
    const record = makeRecord('r1', 'c1');
    const first = record.revisions[0];
    const bell = first ? { ...first, content: { ...first.content, staffName: 'Sato\u0007' } } : first;
    await backupOf(
      { ...emptyStore(), cases: [makeCase('c1')], records: [{ ...record, revisions: [bell] }] },
      file,
    );
    app.ports.nextOpenPath = file;
    expect(await codeOf('backup.inspect', {})).toBe('backup_control_characters');
    // A note may keep its lines.
    const noted = first ? { ...first, content: { ...first.content, note: 'line one\nline two' } } : first;
    await backupOf(
      { ...emptyStore(), cases: [makeCase('c1')], records: [{ ...record, revisions: [noted] }] },
      file,
    );
    expect(await codeOf('backup.import', { path: file, mode: 'add' })).toBe('ok');
    for (const locale of LOCALES) {
      const words = errorText(translator(dictionaryFor(locale)), locale, {
        code: 'backup_control_characters',
      });
      expect(words, locale).not.toMatch(/^error\./);
    }
    await import('node:fs/promises').then((fs) => fs.rm(file));
  });
});

describe('the exporters, should a store still hold such a name', () => {
  const hostileCase = {
    ...makeCase('c1'),
    name: HOSTILE,
    profile: { ...DOCOMO_ESIM_ONLINE, leavingDate: '2027-01-10' },
  };

  it('the .ics has exactly the plan’s events and the case name, on one line, as the calendar name', () => {
    const checklist = buildChecklist(hostileCase.profile);
    const plan = computePlan({ checklist, profile: hostileCase.profile, progress: {}, today: '2026-11-25' });
    const bills = caseBills(hostileCase, plan, [], '2026-11-25');
    const text = planCalendar({
      caseId: 'c1',
      caseName: hostileCase.name,
      plan,
      bills,
      checklist,
      locale: 'en',
      now: new Date('2026-11-25T09:00:00Z'),
    });
    const root = new ICAL.Component(ICAL.parse(text));
    const dated = plan.items.filter((i) => i.latest !== null && !i.fallback);
    const events = root.getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).uid)).toEqual([
      ...dated.map((i) => `c1.${i.stepId}@sayonara-sim`),
      ...bills.lines.map((line) => `c1.bill-${line.key}@sayonara-sim`),
    ]);
    expect(events.some((e) => /50000/.test(new ICAL.Event(e).summary))).toBe(false);
    expect(root.getAllProperties('x-wr-calname').map((p) => p.getFirstValue())).toEqual([
      'My line END:VCALENDAR BEGIN:VEVENT SUMMARY:Pay 50000 yen to 090-0000-0000 END:VEVENT X-WR-CALNAME:pwned',
    ]);
    // One calendar, and no line of the file starts where the name tried to start one.
    expect(text.match(/^BEGIN:VCALENDAR/gm)).toHaveLength(1);
    expect(text.match(/^END:VCALENDAR/gm)).toHaveLength(1);
    expect(text).not.toMatch(/^SUMMARY:Pay/m);
  });

  it('the Markdown keeps each field on its line and shows markup as text; the PDF page shows no control character', () => {
    const record = makeRecord('r1', 'c1', [
      { staffName: 'Sato\r\n# Cancelled, nothing owed', note: 'a <img src=x onerror=alert(1)> note\u0007' },
    ]);
    const data = { ...emptyStore(), cases: [hostileCase], records: [record] };
    const view = caseModel(hostileCase, data.records);
    const report = buildReport({
      view,
      records: caseRecords(data, 'c1'),
      rawRecords: data.records,
      documentFiles: {},
      locale: 'en',
      timeZone: 'Asia/Tokyo',
      generatedAt: '2026-11-25T09:00:00.000Z',
    });
    const md = reportMarkdown(report);
    expect(md).not.toMatch(/^# Cancelled/m);
    expect(md).not.toMatch(/^END:VCALENDAR/m);
    expect(md).toContain('\\<img');
    expect(md).not.toMatch(/[^\\]<img/);
    expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const html = reportHtml(report);
    expect(html).not.toContain('<img src=x');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  });
});
