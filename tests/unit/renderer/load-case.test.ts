// A relaunch asks for the last case early (renderer/src/features/cases/load-case): the screen gets that
// answer without a second request, and never an answer older than a change saved since.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseView } from '../../../electron/ipc/views';
import { call } from '../../../renderer/src/api';
import { answeredCase, askCaseAhead, loadCase } from '../../../renderer/src/features/cases/load-case';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend, preloadBridge } from '../helpers';

type Backend = Awaited<ReturnType<typeof backend>>;
let app: Backend;
let asked: string[];

beforeEach(async () => {
  app = await backend();
  asked = [];
  preloadBridge(app.router, asked);
});
afterEach(async () => {
  Reflect.deleteProperty(globalThis, 'window');
  await app.cleanup();
});

const newCase = () =>
  app.call<CaseView>('cases.create', { name: 'docomo', profile: DOCOMO_ESIM_ONLINE, phoneNumber: '' });

describe('the case asked for ahead of its screen', () => {
  it('is what the screen gets, without asking again; a second visit asks anew', async () => {
    const { case: c } = await newCase();
    void askCaseAhead(c.id);
    expect((await loadCase(c.id)).case.id).toBe(c.id);
    expect(asked.filter((ch) => ch === 'cases.get')).toHaveLength(1);
    await loadCase(c.id);
    expect(asked.filter((ch) => ch === 'cases.get')).toHaveLength(2);
  });

  it('is dropped once a change is saved: the screen shows the tick made in between', async () => {
    const view = await newCase();
    const stepId = view.checklist.phases[0]?.steps[0]?.id ?? '';
    void askCaseAhead(view.case.id);
    await call('steps.setDone', { caseId: view.case.id, stepId, done: true });
    expect((await loadCase(view.case.id)).case.steps[stepId]?.done).toBe(true);
  });

  it('is not used for another case, and a deleted case is refused to the screen', async () => {
    const first = await newCase();
    const second = await newCase();
    void askCaseAhead(first.case.id);
    expect((await loadCase(second.case.id)).case.id).toBe(second.case.id);
    await app.call('cases.delete', { caseId: first.case.id });
    void askCaseAhead(first.case.id);
    await expect(loadCase(first.case.id)).rejects.toMatchObject({ body: { code: 'not_found' } });
  });

  it('once answered, is there for the screen to draw at once — for that case, until a change is saved', async () => {
    const view = await newCase();
    const other = await newCase();
    const stepId = view.checklist.phases[0]?.steps[0]?.id ?? '';
    const answered = askCaseAhead(view.case.id);
    expect(answeredCase(view.case.id)).toBeNull();
    expect((await answered)?.case.id).toBe(view.case.id);
    expect(answeredCase(view.case.id)?.case.id).toBe(view.case.id);
    expect(answeredCase(other.case.id)).toBeNull();
    await call('steps.setDone', { caseId: view.case.id, stepId, done: true });
    expect(answeredCase(view.case.id)).toBeNull();
    // A refused one (a case deleted since) answers null, for the boot to go on without it.
    await app.call('cases.delete', { caseId: other.case.id });
    expect(await askCaseAhead(other.case.id)).toBeNull();
    expect(answeredCase(other.case.id)).toBeNull();
  });
});
