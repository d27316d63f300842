// The CSP and the navigation guards of the real app, the way Actual's navigation-security suite
// checks them: a link clicked normally, opened in a new window (_blank) or asked for through IPC goes to
// the OS (here a recorder standing in for shell.openExternal) through one allow-list, as one normalised
// https address, and never replaces the app; a redirect cannot either.
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { allowedExternalHosts } from '../../electron/guide/engine';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security';
import { launch, recordOpenExternal, requireElectron, tempFolders, type TempFolders } from './launch';
import { expectCspHolds } from './page-checks';

requireElectron();

const APP_URL = 'app://sayonara/index.html';
const official = `https://${allowedExternalHosts()[0]}/`;

let folders: TempFolders;
let app: ElectronApplication;
let page: Page;
let opened: () => Promise<string[]>;

test.beforeEach(async () => {
  folders = await tempFolders();
  ({ app, page } = await launch(folders));
  await expect(page.getByText('Sayonara SIM').first()).toBeVisible();
  opened = await recordOpenExternal(app);
});

test.afterEach(() => folders.dispose());

/** Adds a link to the page and clicks it, as a user would. */
async function clickLink(href: string, target?: string): Promise<void> {
  await page.evaluate(
    ([url, where]) => {
      const link = document.createElement('a');
      link.href = url ?? '';
      link.textContent = 'test link';
      link.id = 'test-link';
      if (where) link.target = where;
      document.body.prepend(link);
    },
    [href, target],
  );
  await page.locator('#test-link').click();
}

/** The app still shows itself, in its one window. */
async function expectAppIntact(): Promise<void> {
  await expect.poll(() => page.url()).toBe(APP_URL);
  await expect(page.getByText('Sayonara SIM').first()).toBeVisible();
  expect(app.windows()).toHaveLength(1);
}

test('the page runs under the app’s CSP: no inline script, no request to the network', async () => {
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toBe(CONTENT_SECURITY_POLICY);
  await expectCspHolds(page);
});

test('a link clicked normally goes to the OS and the app stays', async () => {
  await clickLink(official);
  await expect.poll(opened).toEqual([official]);
  await expectAppIntact();
});

test('a link opening a new window goes to the OS, and no window opens', async () => {
  await clickLink(official, '_blank');
  await expect.poll(opened).toEqual([official]);
  await expectAppIntact();
});

test('a link to a host the guide does not cite goes nowhere', async () => {
  await clickLink('https://evil.example/', '_blank');
  await clickLink('https://evil.example/');
  await expectAppIntact();
  expect(await opened()).toEqual([]);
});

test('a link through IPC reaches the OS as the parsed, normalised https address, and only an allowed one', async () => {
  const host = new URL(official).host;
  const answers = await page.evaluate(
    async (urls) => {
      const results = [];
      for (const url of urls) results.push((await window.sayonara.app.openExternal({ url })).ok);
      return results;
    },
    [
      `HTTPS://${host.toUpperCase()}/a/../support`,
      `http://${host}/plain`,
      // Strings that pass a host check but read differently raw: a space, a tab, a backslash before @.
      `${official}path with space`,
      `\t ${official}`,
      `${official.slice(0, -1)}\\@evil.example/`,
      'https://evil.example/',
    ],
  );
  expect(answers).toEqual([true, true, false, false, false, false]);
  await expect.poll(opened).toEqual([`https://${host}/support`, `https://${host}/plain`]);
  await expectAppIntact();
});

test('a plain click on an http link to an allowed host opens it over https, as a button would', async () => {
  const http = official.replace('https:', 'http:');
  await clickLink(http);
  await expect.poll(opened).toEqual([official]);
  await expectAppIntact();
});

test('a script navigating the page away, or a redirect, cannot replace the app', async () => {
  await page.evaluate(() => {
    location.href = 'https://evil.example/';
  });
  await expectAppIntact();

  // A redirect answered for the app's own origin: the navigation starts allowed, the redirect is not.
  const redirected = await app.evaluate(({ session }) => {
    const state = { seen: 0 };
    session.defaultSession.webRequest.onBeforeRequest(
      { urls: ['app://sayonara/redirect-me'] },
      (_details, callback) => {
        state.seen += 1;
        callback({ redirectURL: 'https://evil.example/' });
      },
    );
    (globalThis as { redirectState?: typeof state }).redirectState = state;
    return true;
  });
  expect(redirected).toBe(true);
  await page.evaluate(() => {
    location.href = 'app://sayonara/redirect-me';
  });
  // The redirect really was tried: otherwise this test would prove nothing.
  await expect
    .poll(() =>
      app.evaluate(() => (globalThis as { redirectState?: { seen: number } }).redirectState?.seen ?? 0),
    )
    .toBeGreaterThan(0);
  await expectAppIntact();
});
