// Regenerates docs/screenshot.png, the README's picture: a docomo eSIM case in Chinese, a few steps done.
// Run after `npm run build`: npx tsx scripts/readme-screenshot.ts
import path from 'node:path';
import { expect } from '@playwright/test';
import { launchApp } from '../tests/e2e/harness';
import { seedCase, stepBoxes } from '../tests/e2e/flows';

const app = await launchApp({ locale: 'zh-CN', viewport: { width: 1100, height: 760 } });
try {
  await seedCase(app.page, 'docomo eSIM（回国前）');
  // A tick shows only once it is saved, so click and wait rather than check().
  for (const index of [0, 1, 2]) {
    await stepBoxes(app.page).nth(index).click();
    await expect(stepBoxes(app.page).nth(index)).toBeChecked();
  }
  // Back to the top of the case, as a person opening it sees it.
  await app.page.evaluate(async () => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  await app.page.screenshot({ path: path.resolve(import.meta.dirname, '../docs/screenshot.png') });
} finally {
  await app.close();
}
// The harness keeps one loopback server per test worker; a script is its only user, so end here.
process.exit(0);
