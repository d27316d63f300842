import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  denyAllPermissions,
  hardenWebContents,
  isAppUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../../electron/main/security';
import { resolveAppFile } from '../../../electron/main/protocol';
import { FakeWebContents } from './fake-electron';

describe('Electron security checklist', () => {
  it('sets isolation, sandbox and no Node in every window', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      preload: '/p/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });

  it('has a CSP with no remote origin, no eval and no inline script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    // Attachment previews: the restricted protocol only (electron/main/attachment-protocol.ts).
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: sayonara-file:");
  });

  it('recognises the app origin with a URL parser, not a prefix', () => {
    expect(isAppUrl('app://sayonara/index.html')).toBe(true);
    expect(isAppUrl('app://sayonara.evil.com/index.html')).toBe(false);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://sayonara/')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
  });

  it('answers IPC only from the app main frame', () => {
    expect(isTrustedSender({ url: 'app://sayonara/index.html', parent: null })).toBe(true);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    const parent = { url: 'app://sayonara/index.html', parent: null } as never;
    expect(isTrustedSender({ url: 'app://sayonara/frame.html', parent })).toBe(false);
  });

  it('denies navigation away from the app, new windows and webviews', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as unknown as WebContents, { openExternal });
    // The positional url is deprecated (and a different string here): the guard must read details.url.
    const navigate = (event: string, url: string, isMainFrame = true) => {
      const e = { url, isMainFrame, preventDefault: vi.fn() };
      contents.emit(event, e, 'app://sayonara/index.html');
      return e.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate('will-redirect', 'https://evil.example/')).toBe(true);
    expect(navigate('will-navigate', 'app://sayonara/index.html')).toBe(false);
    expect(navigate('will-attach-webview', 'app://sayonara/index.html')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://www.docomo.ne.jp/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.docomo.ne.jp/');
  });

  it('hands a link followed in the window (a plain click) to the OS decision, never a redirect or a frame', () => {
    const contents = new FakeWebContents();
    const openExternal = vi.fn();
    hardenWebContents(contents as unknown as WebContents, { openExternal });
    const follow = (event: string, url: string, isMainFrame: boolean) =>
      contents.emit(event, { url, isMainFrame, preventDefault: vi.fn() });
    follow('will-navigate', 'https://www.docomo.ne.jp/support/', true);
    follow('will-navigate', 'https://www.docomo.ne.jp/in-a-frame/', false);
    follow('will-redirect', 'https://www.docomo.ne.jp/redirected/', true);
    follow('will-navigate', 'app://sayonara/index.html', true);
    expect(openExternal.mock.calls).toEqual([['https://www.docomo.ne.jp/support/']]);
  });

  it('refuses every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as unknown as Session);
    const request = session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      c: unknown,
      p: string,
      cb: (ok: boolean) => void,
    ) => void;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
  });

  it('serves app:// files only from inside the renderer folder', () => {
    expect(resolveAppFile('/r', 'app://sayonara/index.html')).toBe('/r/index.html');
    expect(resolveAppFile('/r', 'app://sayonara/')).toBe('/r/index.html');
    expect(resolveAppFile('/r', 'app://sayonara/assets/a.js')).toBe('/r/assets/a.js');
    // The URL parser folds dot segments, so these stay inside the folder…
    expect(resolveAppFile('/r', 'app://sayonara/../etc/passwd')).toBe('/r/etc/passwd');
    expect(resolveAppFile('/r', 'app://sayonara/%2e%2e/%2e%2e/etc/passwd')).toBe('/r/etc/passwd');
    // …and an encoded slash that would climb out after decoding is refused.
    expect(resolveAppFile('/r', 'app://sayonara/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile('/r', 'app://sayonara/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toBeNull();
    expect(resolveAppFile('/r', 'app://other/index.html')).toBeNull();
  });

  it('answers a malformed or NUL-bearing app:// path with null, never a throw', () => {
    expect(resolveAppFile('/r', 'app://sayonara/%E0%A4%A')).toBeNull();
    expect(resolveAppFile('/r', 'app://sayonara/index.html%00.png')).toBeNull();
    expect(resolveAppFile('/r', 'app://sayonara/..%5c..%5cetc%5cpasswd')).toBeNull();
  });
});
