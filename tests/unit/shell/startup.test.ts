// The plain modules behind a start that never ends silently: where a chosen data folder is remembered,
// the log that moves out of an unusable folder, the window shown anyway, the crash-loop guard, the
// problem page, and the supervisor that never lets the app run without Chromium's sandbox.
import { EventEmitter } from 'node:events';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  fallbackLogDirs,
  isInside,
  locationFile,
  readRememberedDataDir,
  rememberDataDir,
} from '../../../electron/main/data-location';
import { resolveDataDir } from '../../../electron/main/paths';
import { problemPageHtml, problemPageUrl } from '../../../electron/main/problem-page';
import {
  APPIMAGE_PROFILE_COMMANDS,
  superviseSandboxedCopy,
  type SupervisorDeps,
} from '../../../electron/main/sandbox-guard';
import { movableLogger } from '../../../electron/main/start-log';
import { crashLoopGuard, showByFirstPaintOrLater, type Timers } from '../../../electron/main/window-watch';
import { createLogger } from '../../../electron/services/log';
import { tempDir } from '../helpers';

const made: string[] = [];
const folder = async () => {
  const dir = await tempDir('sayonara-startup-');
  made.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the remembered data folder', () => {
  it('lives beside userData, never inside it, and is read back as written', async () => {
    const base = await folder();
    const userData = path.join(base, 'Sayonara SIM');
    const file = locationFile(userData);
    expect(file).toBe(path.join(base, 'Sayonara SIM.data-folder.json'));
    expect(isInside(file, userData)).toBe(false);
    expect(readRememberedDataDir(file)).toEqual({ dataDir: null, problem: null });
    await rememberDataDir(file, path.join(base, 'elsewhere'));
    expect(readRememberedDataDir(file)).toEqual({ dataDir: path.join(base, 'elsewhere'), problem: null });
  });

  it('a damaged or relative choice is ignored with a reason, never fatal', async () => {
    const base = await folder();
    const file = path.join(base, 'x.data-folder.json');
    for (const text of ['{', '{"dataDir": "relative/path"}', '{"dataDir": 3}', '[]']) {
      await writeFile(file, text);
      const read = readRememberedDataDir(file);
      expect(read.dataDir, text).toBeNull();
      expect(read.problem, text).toContain(file);
    }
  });

  it('SAYONARA_DATA_DIR first, then the chosen folder, then userData', () => {
    const userData = path.resolve('/u/Sayonara SIM');
    const chosen = path.resolve('/media/usb/sim');
    expect(resolveDataDir({}, userData, null)).toBe(userData);
    expect(resolveDataDir({}, userData, chosen)).toBe(chosen);
    expect(resolveDataDir({ SAYONARA_DATA_DIR: '  ' }, userData, chosen)).toBe(chosen);
    expect(resolveDataDir({ SAYONARA_DATA_DIR: '/tmp/t' }, userData, chosen)).toBe(path.resolve('/tmp/t'));
  });
});

describe('the log of a start whose data folder cannot be used', () => {
  it('leaves out candidate folders inside the unusable one', () => {
    const dataDir = path.resolve('/home/u/.config/Sayonara SIM');
    expect(
      fallbackLogDirs(dataDir, [
        path.join(dataDir, 'logs'),
        dataDir,
        path.resolve('/tmp/sayonara-sim-logs-1'),
      ]),
    ).toEqual([path.resolve('/tmp/sayonara-sim-logs-1')]);
  });

  it('moves to the first folder that takes a line, and keeps logging there', async () => {
    const base = await folder();
    const blocked = path.join(base, 'blocked');
    await writeFile(blocked, 'a file, so no log folder can be made here');
    const log = movableLogger((dir) => createLogger({ dir }), path.join(blocked, 'logs'));
    log.info('lost: the folder is a file');
    expect(log.tail(5)).toEqual([]);
    const good = path.join(base, 'fallback');
    expect(log.moveTo([path.join(blocked, 'also-no'), good], 'first line')).toBe(true);
    expect(log.file).toBe(path.join(good, 'sayonara.log'));
    log.error('later', new Error('an error after the move'));
    const text = await readFile(log.file, 'utf8');
    expect(text).toContain('first line');
    expect(text).toContain('an error after the move');
    expect(log.moveTo([path.join(blocked, 'no')], 'x')).toBe(false);
    expect(log.file).toBe(path.join(good, 'sayonara.log'));
  });
});

/** Timers run by hand. */
function manualTimers(): Timers & { fire(): void; pending: number } {
  const queue = new Map<number, () => void>();
  let next = 0;
  return {
    set: (callback) => {
      queue.set(++next, callback);
      return next;
    },
    clear: (handle) => void queue.delete(handle as number),
    fire: () => {
      for (const [id, callback] of [...queue]) {
        queue.delete(id);
        callback();
      }
    },
    get pending() {
      return queue.size;
    },
  };
}

function fakeWindow() {
  const events = new EventEmitter();
  const win = {
    visible: false,
    destroyed: false,
    once: (event: 'ready-to-show', listener: () => void) => events.once(event, listener),
    show: vi.fn(() => {
      win.visible = true;
    }),
    isVisible: () => win.visible,
    isDestroyed: () => win.destroyed,
    emit: (event: string) => events.emit(event),
  };
  return win;
}

describe('the window is shown', () => {
  it('at its first paint, the late timer then doing nothing', () => {
    const timers = manualTimers();
    const win = fakeWindow();
    const late = vi.fn();
    showByFirstPaintOrLater(win, 5000, late, timers);
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(timers.pending).toBe(0);
    expect(late).not.toHaveBeenCalled();
  });

  it('anyway when no first paint comes, saying it was late', () => {
    const timers = manualTimers();
    const win = fakeWindow();
    const late = vi.fn();
    showByFirstPaintOrLater(win, 5000, late, timers);
    timers.fire();
    expect(win.show).toHaveBeenCalledTimes(1);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('not again when something else showed it already, nor once it is gone', () => {
    const timers = manualTimers();
    const shown = fakeWindow();
    showByFirstPaintOrLater(shown, 5000, vi.fn(), timers);
    shown.visible = true;
    const gone = fakeWindow();
    showByFirstPaintOrLater(gone, 5000, vi.fn(), timers);
    gone.destroyed = true;
    timers.fire();
    expect(shown.show).not.toHaveBeenCalled();
    expect(gone.show).not.toHaveBeenCalled();
  });
});

describe('the crash-loop guard', () => {
  it('offers a reload twice within a minute, not a third time, and again once the minute has passed', () => {
    let now = 0;
    const guard = crashLoopGuard({ limit: 2, withinMs: 60_000, now: () => now });
    expect(guard.record()).toBe(true);
    now += 10_000;
    expect(guard.record()).toBe(true);
    now += 10_000;
    expect(guard.record()).toBe(false);
    now += 61_000;
    expect(guard.record()).toBe(true);
  });
});

describe('the problem page', () => {
  it('is static text in the user’s language: escaped, no script, its own CSP', () => {
    const html = problemPageHtml({
      lang: 'ja',
      title: 'ウインドウを表示できませんでした',
      paragraphs: ['<img src=x onerror=alert(1)> & "quotes"', 'ログは /tmp/a b/sayonara.log にあります'],
    });
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain(`default-src 'none'`);
    const url = problemPageUrl({ lang: 'en', title: 'T', paragraphs: ['100% #1'] });
    expect(url.startsWith('data:text/html;charset=utf-8,')).toBe(true);
    expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain('<p>100% #1</p>');
  });
});

describe('started without the sandbox', () => {
  function supervisor(stderrText: string, code: number, answers: ('copy' | 'quit')[] = []) {
    const child = Object.assign(new EventEmitter(), { stderr: new EventEmitter() });
    const written: string[] = [];
    const deps = {
      spawn: vi.fn(() => {
        setTimeout(() => {
          child.stderr.emit('data', Buffer.from(stderrText));
          child.emit('close', code);
        }, 0);
        return child;
      }),
      execPath: '/tmp/.mount_SayonaXY/sayonara-sim',
      argv: ['/tmp/.mount_SayonaXY/sayonara-sim', '--no-sandbox', '/home/u/all.sayonara'],
      env: { HOME: '/home/u' },
      stderr: { write: (chunk: string | Uint8Array) => written.push(String(chunk)) },
      explanation: { title: 'Title', message: 'Message', detail: 'Detail' },
      ask: vi.fn(async () => answers.shift() ?? 'quit'),
      copyText: vi.fn(),
      exit: vi.fn(),
    };
    return { deps, written };
  }

  it('runs the same app again without --no-sandbox, marked, passing its other arguments', async () => {
    const { deps } = supervisor('', 0);
    await superviseSandboxedCopy(deps as unknown as SupervisorDeps);
    expect(deps.spawn).toHaveBeenCalledWith(
      '/tmp/.mount_SayonaXY/sayonara-sim',
      ['/home/u/all.sayonara'],
      expect.objectContaining({ env: { HOME: '/home/u', SAYONARA_SANDBOXED_COPY: '1' } }),
    );
    expect(deps.ask).not.toHaveBeenCalled();
    expect(deps.exit).toHaveBeenCalledWith(0);
  });

  it('a copy that ends for another reason ends this one the same way, without the sandbox dialog', async () => {
    const { deps, written } = supervisor('some other failure', 3);
    await superviseSandboxedCopy(deps as unknown as SupervisorDeps);
    expect(written.join('')).toContain('some other failure');
    expect(deps.ask).not.toHaveBeenCalled();
    expect(deps.exit).toHaveBeenCalledWith(3);
  });

  it('a copy Chromium aborts for want of a sandbox: the terminal and the dialog say why; Copy, then Quit', async () => {
    const { deps, written } = supervisor(
      'FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found, but is not configured correctly.',
      133,
      ['copy', 'copy', 'quit'],
    );
    await superviseSandboxedCopy(deps as unknown as SupervisorDeps);
    const terminal = written.join('');
    expect(terminal).toContain('Title');
    expect(terminal).toContain('Detail');
    expect(deps.ask).toHaveBeenCalledTimes(3);
    expect(deps.copyText).toHaveBeenCalledTimes(2);
    expect(deps.copyText).toHaveBeenCalledWith(APPIMAGE_PROFILE_COMMANDS);
    expect(deps.exit).toHaveBeenCalledWith(1);
  });

  it('a copy that was itself handed --no-sandbox starts no further copy', async () => {
    const { deps } = supervisor('', 0);
    await superviseSandboxedCopy({
      ...deps,
      env: { SAYONARA_SANDBOXED_COPY: '1' },
    } as unknown as SupervisorDeps);
    expect(deps.spawn).not.toHaveBeenCalled();
    expect(deps.ask).toHaveBeenCalled();
    expect(deps.exit).toHaveBeenCalledWith(1);
  });

  it('the commands it offers are the README’s, word for word', async () => {
    const readme = await readFile(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8');
    expect(readme).toContain(APPIMAGE_PROFILE_COMMANDS);
  });
});

describe('a folder offered on the start-up page', () => {
  it('is taken only where a file can be written, and leaves nothing behind', async () => {
    const { assertUsableFolder } = await import('../../../electron/services/data-folder');
    const base = await folder();
    const fresh = path.join(base, 'new', 'nested');
    await assertUsableFolder(fresh);
    expect(await readdir(fresh)).toEqual([]);
    const file = path.join(base, 'a-file');
    await writeFile(file, 'x');
    await expect(assertUsableFolder(file)).rejects.toMatchObject({ code: 'folder_unusable' });
    await expect(assertUsableFolder('relative/dir')).rejects.toMatchObject({
      code: 'folder_unusable',
      params: { reason: 'EINVAL' },
    });
  });
});
