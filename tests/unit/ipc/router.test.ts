import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/ipc/channels';
import { contract, type Handlers } from '../../../electron/ipc/contract';
import { ERROR_CODES } from '../../../electron/ipc/result';
import { createRouter } from '../../../electron/ipc/router';
import { DOCOMO_ESIM_ONLINE } from '../../fixtures/profiles';
import { backend } from '../helpers';

const profile = DOCOMO_ESIM_ONLINE;

describe('the router', () => {
  let app: Awaited<ReturnType<typeof backend>>;
  beforeAll(async () => {
    app = await backend();
    // Something on disk to protect: a case with a tick.
    const created = await app.router.handle('cases.create', {
      name: 'docomo line',
      profile,
      phoneNumber: '09012345678',
    });
    expect(created.ok).toBe(true);
  });
  afterAll(() => app.cleanup());

  it('answers a valid request with { ok: true, value }', async () => {
    const result = await app.router.handle('settings.update', { theme: 'dark' });
    expect(result).toMatchObject({ ok: true, value: { theme: 'dark' } });
  });

  it('answers an unknown channel with unknown_channel', async () => {
    for (const channel of ['nope', 'cases.drop', 42, null, undefined, { toString: () => 'cases.list' }]) {
      const result = await app.router.handle(channel, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('answers an invalid payload with invalid_request and a summary of what is wrong', async () => {
    const result = await app.router.handle('steps.setNote', {
      caseId: 'x',
      stepId: 'y',
      note: 'n'.repeat(10_001),
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_request');
    expect(result.error.message).toContain('note');
    expect(result.error.message).toContain('10000');
  });

  it('never lets a thrown error cross the bridge raw', async () => {
    const seen: unknown[] = [];
    const throwing = () => {
      throw new Error('secret stack /home/user');
    };
    const handlers = Object.fromEntries(
      CHANNELS.map((channel) => [channel, throwing]),
    ) as unknown as Handlers;
    const router = createRouter(handlers, { onUnexpectedError: (_channel, error) => seen.push(error) });
    const result = await router.handle('cases.list', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: expect.not.stringContaining('secret') },
    });
    expect(seen).toHaveLength(1);
  });

  it('answers not_found for a case that does not exist, and changes nothing', async () => {
    const before = await readFile(path.join(app.dir, 'sayonara.json'));
    const result = await app.router.handle('steps.setDone', { caseId: 'missing', stepId: 'x', done: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await readFile(path.join(app.dir, 'sayonara.json'))).toEqual(before);
  });

  for (const channel of CHANNELS) {
    it(`answers 1,000 random invalid payloads on ${channel} with a typed error and leaves the store file unchanged`, async () => {
      const file = path.join(app.dir, 'sayonara.json');
      const before = await readFile(file);
      const schema = contract[channel].request;
      const shape = 'shape' in schema ? Object.keys(schema.shape as object) : [];
      const payloads = fc
        .oneof(
          fc.anything({
            withBigInt: false,
            withDate: true,
            withMap: true,
            withSet: true,
            withTypedArray: true,
          }),
          // Near misses: the right keys with values of any type.
          fc.dictionary(fc.constantFrom(...shape, 'extra'), fc.anything(), { maxKeys: shape.length + 1 }),
        )
        .filter((payload) => !schema.safeParse(payload).success);
      await fc.assert(
        fc.asyncProperty(payloads, async (payload) => {
          const result = await app.router.handle(channel, payload);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            expect(result.error.code).toBe('invalid_request');
            expect(typeof result.error.message).toBe('string');
          }
        }),
        { numRuns: 1000 },
      );
      expect(await readFile(file)).toEqual(before);
    });
  }
});
