// A relaunch asks for the last case early (renderer/src/features/cases/load-case): the screen gets that
// answer without a second request, and never an answer older than a change saved since.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/ipc/channels';
import type { CaseView } from '../../../electron/ipc/views';
import { call } from '../../../renderer/src/api';
import { askCaseAhead, loadCase } from '../../../renderer/src/features/cases/load-case';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend } from '../helpers';

type Backend = Awaited<ReturnType<typeof backend>>;
let app: Backend;
let asked: string[];

beforeEach(async () => {
  app = await backend();
  asked = [];
  // window.sayonara as the preload builds it, straight to the real router, counting the calls.
  const api: Record<string, Record<string, (payload: unknown) => unknown>> = {};
  for (const channel of CHANNELS) {
    const [domain = '', action = ''] = channel.split('.');
    (api[domain] ??= {})[action] = (payload) => {
      asked.push(channel);
      return app.router.handle(channel, payload);
    };
  }
  Object.assign(globalThis, { window: { sayonara: api } });
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
    askCaseAhead(c.id);
    expect((await loadCase(c.id)).case.id).toBe(c.id);
    expect(asked.filter((ch) => ch === 'cases.get')).toHaveLength(1);
    await loadCase(c.id);
    expect(asked.filter((ch) => ch === 'cases.get')).toHaveLength(2);
  });

  it('is dropped once a change is saved: the screen shows the tick made in between', async () => {
    const view = await newCase();
    const stepId = view.checklist.phases[0]?.steps[0]?.id ?? '';
    askCaseAhead(view.case.id);
    await call('steps.setDone', { caseId: view.case.id, stepId, done: true });
    expect((await loadCase(view.case.id)).case.steps[stepId]?.done).toBe(true);
  });

  it('is not used for another case, and a deleted case is refused to the screen', async () => {
    const first = await newCase();
    const second = await newCase();
    askCaseAhead(first.case.id);
    expect((await loadCase(second.case.id)).case.id).toBe(second.case.id);
    await app.call('cases.delete', { caseId: first.case.id });
    askCaseAhead(first.case.id);
    await expect(loadCase(first.case.id)).rejects.toMatchObject({ body: { code: 'not_found' } });
  });
});
