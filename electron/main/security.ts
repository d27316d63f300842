// Electron's security checklist, as small functions the shell calls and the unit tests check
// against a fake `electron`. Types only are imported from electron here.
import type { Session, WebContents, WebFrameMain, WebPreferences } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'sayonara';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** No remote origin, no eval, no inline script; images from the app itself (and data: for icons), and
 * attachment previews from the restricted sayonara-file: protocol. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data: sayonara-file:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

/** True only for the app's own pages (and the dev server's, in `npm run dev`). */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
  if (!devServerUrl) return false;
  try {
    return url.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own main frame. */
export function isTrustedSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null,
  devServerUrl?: string,
): boolean {
  return frame !== null && frame.parent === null && isAppUrl(frame.url, devServerUrl);
}

export interface HardenOptions {
  devServerUrl?: string;
  /** Called for links that would leave the app (clicked, or opened in a new window); it decides, through
   * the allow-list, whether they go to the system browser. */
  openExternal: (url: string) => void;
}

/**
 * Denies navigation away from the app, new windows and webviews. A link the page follows (a plain click)
 * or opens in a new window goes to `openExternal` instead, as Actual's shell does; a redirect never does.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  // details.url, not the deprecated positional argument.
  contents.on('will-navigate', (details) => {
    if (isAppUrl(details.url, options.devServerUrl)) return;
    details.preventDefault();
    if (details.isMainFrame) options.openExternal(details.url);
  });
  contents.on('will-redirect', (details) => {
    if (!isAppUrl(details.url, options.devServerUrl)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    options.openExternal(url);
    return { action: 'deny' };
  });
}

/** Camera, microphone, notifications, geolocation…: the app needs none, so every request is refused. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
