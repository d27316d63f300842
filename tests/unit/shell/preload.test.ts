// The preload exposes exactly one object, `sayonara`, with one function per contract channel that
// forwards to ipcRenderer.invoke — from the source and from the built sandboxed CommonJS file.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../electron/ipc/channels';
import { startArguments } from '../../../electron/shared/start-hint';

interface Exposed {
  name: string;
  api: Record<string, Record<string, (payload: unknown) => unknown>>;
}

function fakeElectron() {
  const exposed: Exposed[] = [];
  const invoke = vi.fn((channel: string, payload: unknown) => Promise.resolve({ channel, payload }));
  const subscribed = new Map<string, ((event: unknown, payload: unknown) => void)[]>();
  return {
    exposed,
    invoke,
    subscribed,
    module: {
      contextBridge: {
        exposeInMainWorld: (name: string, api: Exposed['api']) => exposed.push({ name, api }),
      },
      ipcRenderer: {
        invoke,
        on: (name: string, fn: (event: unknown, payload: unknown) => void) =>
          subscribed.set(name, [...(subscribed.get(name) ?? []), fn]),
        removeListener: (name: string, fn: (event: unknown, payload: unknown) => void) =>
          subscribed.set(
            name,
            (subscribed.get(name) ?? []).filter((other) => other !== fn),
          ),
      },
      webUtils: { getPathForFile: () => '/dropped/file.png' },
    },
  };
}

async function expectContractBridge(fake: ReturnType<typeof fakeElectron>) {
  expect(fake.exposed.map((e) => e.name)).toEqual(['sayonara']);
  const api = fake.exposed[0]?.api ?? {};
  const functions = Object.entries(api).flatMap(([domain, actions]) =>
    Object.keys(actions).map((action) => `${domain}.${action}`),
  );
  expect(
    functions
      .filter(
        (name) =>
          !['files.pathFor', 'events.on', 'start.locale', 'start.caseId', 'start.ahead'].includes(name),
      )
      .sort(),
  ).toEqual([...CHANNELS].sort());
  expect(Object.keys(api)).not.toContain('ipcRenderer');
  fake.invoke.mockClear();
  for (const channel of CHANNELS) {
    const [domain = '', action = ''] = channel.split('.');
    await expect(api[domain]?.[action]?.({ probe: channel })).resolves.toEqual({
      channel,
      payload: { probe: channel },
    });
  }
  expect(fake.invoke).toHaveBeenCalledTimes(CHANNELS.length);

  // Events: declared names only, and the listener gets the payload, never the IPC event object.
  const on = api['events']?.['on'] as unknown as (name: string, fn: (p: unknown) => void) => () => void;
  const heard: unknown[] = [];
  const off = on('shell.command', (payload) => heard.push(payload));
  on('cases.delete', (payload) => heard.push(payload));
  expect([...fake.subscribed.keys()]).toEqual(['shell.command']);
  for (const fn of fake.subscribed.get('shell.command') ?? []) fn({ sender: 'raw' }, { command: 'about' });
  expect(heard).toEqual([{ command: 'about' }]);
  off();
  expect(fake.subscribed.get('shell.command')).toEqual([]);
}

describe('the preload', () => {
  it('from source exposes one function per channel and nothing raw', async () => {
    const fake = fakeElectron();
    vi.doMock('electron', () => fake.module);
    await import('../../../electron/preload/index');
    await expectContractBridge(fake);
  });

  it('hands the page what main hinted (language, case), and nothing the app does not make', async () => {
    for (const [argv, expected] of [
      [
        startArguments({ locale: 'ko', caseId: 'c0ffee00-1234-4abc-8def-0123456789ab' }),
        { locale: 'ko', caseId: 'c0ffee00-1234-4abc-8def-0123456789ab' },
      ],
      [startArguments({ locale: 'en', caseId: null }), { locale: 'en', caseId: null }],
      [[], { locale: null, caseId: null }],
      [['--sayonara-start-locale=<script>', '--sayonara-start-case=../../x'], { locale: null, caseId: null }],
    ] as const) {
      vi.resetModules();
      const fake = fakeElectron();
      vi.doMock('electron', () => fake.module);
      const saved = process.argv;
      process.argv = [...saved, ...argv];
      try {
        await import('../../../electron/preload/index');
      } finally {
        process.argv = saved;
      }
      expect(fake.exposed[0]?.api['start']).toMatchObject(expected);
    }
  });

  it("asks main for the first screen's reads as it loads, before the page runs, and hands the page the answers", async () => {
    for (const caseId of ['c0ffee00-1234-4abc-8def-0123456789ab', null]) {
      vi.resetModules();
      const fake = fakeElectron();
      vi.doMock('electron', () => fake.module);
      const saved = process.argv;
      process.argv = [...saved, ...startArguments({ locale: 'ja', caseId })];
      try {
        await import('../../../electron/preload/index');
      } finally {
        process.argv = saved;
      }
      const asked: [string, unknown][] = [
        ['app.info', {}],
        ['settings.get', {}],
        ...(caseId ? [['cases.get', { caseId }] as [string, unknown]] : []),
      ];
      expect(fake.invoke.mock.calls).toEqual(asked);
      const ahead = (fake.exposed[0]?.api['start'] as unknown as { ahead: Record<string, Promise<unknown>> })
        .ahead;
      expect(Object.keys(ahead)).toEqual(asked.map(([channel]) => channel));
      for (const [channel, payload] of asked)
        await expect(ahead[channel]).resolves.toEqual({ channel, payload });
    }
  });

  const bundle = path.resolve(import.meta.dirname, '../../../out/preload/index.cjs');
  it.skipIf(!existsSync(bundle))(
    'as built is one CommonJS file that needs nothing but electron',
    async () => {
      const fake = fakeElectron();
      const required: string[] = [];
      const module = { exports: {} };
      // The sandbox gives a preload `require` for electron and a few built-ins only: give it electron alone.
      const sandboxRequire = (id: string) => {
        required.push(id);
        if (id !== 'electron') throw new Error(`a sandboxed preload cannot require ${id}`);
        return fake.module;
      };
      vm.runInNewContext(readFileSync(bundle, 'utf8'), {
        require: sandboxRequire,
        module,
        exports: module.exports,
        // The sandbox's own `process`: argv carries webPreferences.additionalArguments.
        process: { argv: startArguments({ locale: 'ja', caseId: 'case-1' }) },
      });
      expect(required).toEqual(['electron']);
      await expectContractBridge(fake);
      expect(fake.exposed[0]?.api['start']).toMatchObject({ locale: 'ja', caseId: 'case-1' });
    },
  );
});
