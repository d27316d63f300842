// What `npm start` and `npm run dev` tell a newcomer when Electron cannot be fetched or its sandbox
// cannot start: one sentence with the real cause and the way out, never a stack trace.
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { downloadFailure, electronCacheFolder } from '../../../scripts/electron-binary.mjs';
import { sandboxWarning } from '../../../scripts/linux-sandbox.mjs';

/** An error shaped like undici's: "fetch failed", the system error as its cause. */
function fetchFailed(code: string, message: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}

const sentences = (text: string) => text.split(/(?<=\.)\s+(?=[A-Z])/).length;

describe('why Electron could not be downloaded', () => {
  const cache = '/home/u/.cache/electron';

  test('names the real cause, ELECTRON_MIRROR and the cache folder, in one sentence', () => {
    const text = downloadFailure(
      fetchFailed('ENOTFOUND', 'getaddrinfo ENOTFOUND github.com'),
      '45.5.0',
      {},
      cache,
    );
    expect(text).toContain('no network (getaddrinfo ENOTFOUND github.com)');
    expect(text).not.toContain('fetch failed');
    expect(text).toContain('ELECTRON_MIRROR');
    expect(text).toContain(cache);
    expect(text).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(text).not.toMatch(/\n|\s at /);
    expect(sentences(text)).toBe(1);
  });

  test('tells a TLS failure, a proxy that was bypassed and a proxy that cannot be reached apart', () => {
    const tls = fetchFailed('SELF_SIGNED_CERT_IN_CHAIN', 'self-signed certificate in certificate chain');
    expect(downloadFailure(tls, '45.5.0', {}, cache)).toContain('a TLS error');
    expect(downloadFailure(tls, '45.5.0', {}, cache)).toContain('NODE_EXTRA_CA_CERTS');

    const refused = fetchFailed('ECONNREFUSED', 'connect ECONNREFUSED 10.0.0.1:3128');
    const proxy = 'http://10.0.0.1:3128';
    expect(downloadFailure(refused, '45.5.0', { HTTPS_PROXY: proxy }, cache)).toContain(
      `went around the proxy ${proxy} (ELECTRON_GET_USE_PROXY=1 sends it through)`,
    );
    expect(
      downloadFailure(refused, '45.5.0', { HTTPS_PROXY: proxy, ELECTRON_GET_USE_PROXY: '1' }, cache),
    ).toContain(`the proxy ${proxy} could not be reached (connect ECONNREFUSED 10.0.0.1:3128)`);
    expect(downloadFailure(refused, '45.5.0', {}, cache)).toContain(
      'the download server could not be reached',
    );
  });

  test('says which mirror was tried, when one was set', () => {
    const text = downloadFailure(fetchFailed('ETIMEDOUT', 'connect ETIMEDOUT'), '45.5.0', {
      ELECTRON_MIRROR: 'https://npmmirror.com/mirrors/electron/',
    });
    expect(text).toContain('ELECTRON_MIRROR (now https://npmmirror.com/mirrors/electron/)');
  });

  test('finds the cache folder where @electron/get keeps it on each system', () => {
    expect(electronCacheFolder({}, 'linux', '/home/u')).toBe(path.join('/home/u', '.cache', 'electron'));
    expect(electronCacheFolder({}, 'darwin', '/Users/u')).toBe(
      path.join('/Users/u', 'Library', 'Caches', 'electron'),
    );
    expect(electronCacheFolder({ LOCALAPPDATA: 'C:/Users/u/AppData/Local' }, 'win32', 'C:/Users/u')).toBe(
      path.join('C:/Users/u/AppData/Local', 'electron', 'Cache'),
    );
    expect(electronCacheFolder({ electron_config_cache: '/srv/cache' }, 'linux', '/home/u')).toBe(
      '/srv/cache',
    );
  });
});

describe('the Linux sandbox warning', () => {
  const binary = '/repo/node_modules/electron/dist/electron';
  const restricted = { restricted: true, setuidHelper: false, profiled: false };

  test('warns where user namespaces are restricted and nothing lets Electron use them', () => {
    const text = sandboxWarning(binary, restricted);
    expect(text).toContain(binary);
    expect(text).toContain("sudo chmod 4755 '/repo/node_modules/electron/dist/chrome-sandbox'");
    expect(text).toContain('README.md');
    expect(text).not.toContain('--no-sandbox');
  });

  test('stays quiet when the system allows it, or a profile or a setuid helper does', () => {
    expect(sandboxWarning(binary, { ...restricted, restricted: false })).toBeNull();
    expect(sandboxWarning(binary, { ...restricted, profiled: true })).toBeNull();
    expect(sandboxWarning(binary, { ...restricted, setuidHelper: true })).toBeNull();
  });
});
