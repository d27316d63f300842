// The first screen's start-up: the language and the case main hints (electron/shared/start-hint.ts) are
// fetched while the settings are asked for, a wrong hint is dropped, and the reopened case is drawn
// without a "Loading…" frame before it.
import { expect, test } from '@playwright/test';
import { checklistOf } from '../../electron/services/cases';
import { checklistDrawn, DOCOMO_ESIM, seedCase } from './flows';
import { launchApp } from './harness';
import { saveScreenshot } from './screenshots';

test('a Japanese relaunch fetches its texts, its fonts and its case while the settings are still on their way', async () => {
  const app = await launchApp({ locale: 'ja-JP' });
  try {
    await seedCase(app.page, 'ドコモ eSIM', DOCOMO_ESIM);
    app.delayAnswers('settings.get', 1500);
    await app.restart();
    const { page } = app;
    await expect(page.getByTestId('step').first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    const catalogAt = app.exchanges.findIndex((e) => /^GET \/assets\/ja-[^/]*\.js$/.test(e));
    expect(catalogAt).toBeGreaterThanOrEqual(0);
    expect(catalogAt).toBeLessThan(app.exchanges.indexOf('! settings.get'));
    expect(app.exchanges.indexOf('? cases.get')).toBeLessThan(app.exchanges.indexOf('! settings.get'));
    // Asked for by the preload, before the page's own script has even arrived: main reads while it loads.
    const entryAt = app.exchanges.findIndex((e) => /^GET \/assets\/index-[^/]*\.js$/.test(e));
    for (const read of ['? app.info', '? settings.get', '? cases.get'])
      expect(app.exchanges.indexOf(read)).toBeLessThan(entryAt);
    expect(app.calls.filter((c) => c === 'cases.get')).toHaveLength(1);
    // The Japanese page (index.ja.html) names its catalog: it is asked for before the app's own script has
    // even arrived, not once that script has run.
    const [catalogStart, entryEnd] = await page.evaluate(() => {
      const timing = (pattern: RegExp) =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((e) =>
          pattern.test(new URL(e.name).pathname),
        );
      return [
        timing(/^\/assets\/ja-[^/]*\.js$/)?.startTime ?? Infinity,
        timing(/^\/assets\/index-[^/]*\.js$/)?.responseEnd ?? -Infinity,
      ];
    });
    expect(catalogStart).toBeLessThan(entryEnd);
    // Noto Sans JP is in the start-up stylesheet; Simplified Chinese (the fallback for Han that Japanese
    // lacks) is asked for only once the screen has its case.
    const sheetsOf = (family: string) =>
      page.evaluate(
        (wanted) =>
          [...document.styleSheets]
            .filter((sheet) =>
              [...sheet.cssRules].some(
                (rule) => rule instanceof CSSFontFaceRule && rule.style.fontFamily.includes(wanted),
              ),
            )
            .map((sheet) => new URL(sheet.href ?? '').pathname),
        family,
      );
    await expect.poll(() => sheetsOf('Noto Sans SC')).toHaveLength(2);
    const startUp = await page.evaluate(() => new URL(document.styleSheets[0]?.href ?? '').pathname);
    expect(await sheetsOf('Noto Sans JP')).toEqual([startUp]);
    for (const sheet of await sheetsOf('Noto Sans SC'))
      expect(app.exchanges.indexOf(`GET ${sheet}`)).toBeGreaterThan(app.exchanges.indexOf('! cases.get'));
  } finally {
    await app.close();
  }
});

test('stale hints (Korean, another case) for a user who reads Chinese now: the screen opens in Chinese, in its fonts, on her case', async () => {
  const app = await launchApp({ locale: 'zh-CN' });
  try {
    const other = await seedCase(app.page, '旧的线路', DOCOMO_ESIM);
    await seedCase(app.page, '我的 docomo', DOCOMO_ESIM);
    // The window was opened before the language and the case changed (a reload after a crash).
    app.hintStart({ locale: 'ko', caseId: other });
    await app.restart();
    const { page } = app;
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { name: '我的 docomo' })).toBeVisible();
    await expect(page.getByRole('tab', { name: '清单' })).toBeVisible();
    // Drawn in the bundled Simplified Chinese face, not Korean's, nor a system fallback.
    const faces = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
    });
    expect(faces).toContain('Noto Sans SC');
    expect(faces).not.toContain('Noto Sans KR');
    await saveScreenshot(page, 'startup-wrong-hint-zh-CN');
  } finally {
    await app.close();
  }
});

test('a relaunch into a case draws its checklist in the first frame, never "Loading…" before it', async () => {
  const app = await launchApp({ locale: 'en-US' });
  try {
    await seedCase(app.page, 'docomo eSIM', DOCOMO_ESIM);
    app.delayAnswers('cases.get', 800);
    await app.restart();
    const { page } = app;
    // Watch every frame from the start: the loading line must never be drawn while the case is on its way.
    const sawLoading = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const check = () => {
            if (document.querySelector('[data-testid="step"]')) return resolve(false);
            if (document.body.textContent?.includes('Loading…')) return resolve(true);
            requestAnimationFrame(check);
          };
          check();
        }),
    );
    expect(sawLoading).toBe(false);
    await expect(page.getByTestId('step').first()).toBeVisible();
    // The first frame holds the top of the checklist; every step follows at once.
    const [opened] = app.store.data.cases;
    if (!opened) throw new Error('the seeded case is gone');
    await expect(page.getByTestId('step')).toHaveCount(
      checklistOf(opened).phases.flatMap((p) => p.steps).length,
    );
    await checklistDrawn(page);
  } finally {
    await app.close();
  }
});

test('a start that cannot read its texts says so in words, not a bare TypeError, and "Try again" opens the app', async () => {
  const app = await launchApp({ locale: 'ja-JP' });
  try {
    const { page } = app;
    // The Japanese texts cannot be read (a damaged install, a disk error): the start fails.
    const catalog = /\/assets\/ja-[^/]*\.js$/;
    await page.route(catalog, (route) => route.abort());
    await page.reload();
    // Said in the language the app still has, English (in the start-up bundle), with a way on.
    const failed = page.getByTestId('boot-failed');
    await expect(failed.getByRole('heading', { name: 'Sayonara SIM could not start' })).toBeVisible();
    await expect(failed).toHaveAttribute('role', 'alert');
    await expect(failed).toContainText('Nothing on this computer was changed.');
    // The error itself is there for whoever helps, behind Details.
    await expect(failed.getByText(/Failed to fetch dynamically imported module/)).toBeHidden();
    await failed.getByText('Details').click();
    await expect(failed.getByText(/Failed to fetch dynamically imported module/)).toBeVisible();
    await saveScreenshot(page, 'startup-boot-failed-ja');
    await page.unroute(catalog);
    await failed.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '手続き一覧' })).toBeVisible();
  } finally {
    await app.close();
  }
});
