// The first screen's reads, asked for by the preload before the page ran (electron/shared/start-hint.ts):
// the page takes each answer once, and asks again for one that failed.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fail } from '../../../electron/ipc/result';
import { backend, preloadBridge } from '../helpers';

type Backend = Awaited<ReturnType<typeof backend>>;
let app: Backend;
let asked: string[];

/** window.sayonara as the preload builds it, with `ahead` as its answers to the early reads. */
const bridge = (ahead: Record<string, Promise<unknown>>) =>
  preloadBridge(app.router, asked, { locale: 'en', caseId: null, ahead });

beforeEach(async () => {
  app = await backend();
  asked = [];
  vi.resetModules();
});
afterEach(async () => {
  Reflect.deleteProperty(globalThis, 'window');
  await app.cleanup();
});

describe('callAhead', () => {
  it("takes the preload's answer once, without asking main; later calls ask", async () => {
    const early = await app.router.handle('settings.get', {});
    bridge({ 'settings.get': Promise.resolve(early) });
    const { callAhead } = await import('../../../renderer/src/api');
    await expect(callAhead('settings.get', {})).resolves.toEqual(app.store.data.settings);
    expect(asked).toEqual([]);
    await app.call('settings.update', { theme: 'dark' });
    await expect(callAhead('settings.get', {})).resolves.toMatchObject({ theme: 'dark' });
    expect(asked).toEqual(['settings.get']);
  });

  it('asks again for an early answer that failed, and for one never asked ahead', async () => {
    bridge({ 'app.info': Promise.resolve(fail('forbidden', 'the frame had not loaded')) });
    const { callAhead } = await import('../../../renderer/src/api');
    await expect(callAhead('app.info', {})).resolves.toMatchObject({ appVersion: expect.any(String) });
    await expect(callAhead('settings.get', {})).resolves.toMatchObject({ theme: expect.any(String) });
    expect(asked).toEqual(['app.info', 'settings.get']);
  });
});
