// The proof report as PDF: a zh-CN case (Chinese with Japanese beside it, so both CJK fonts) with 10
// records and 5 screenshots attached, exported through the real router and printed by Chromium's
// page.pdf (standing in for Electron's printToPDF; PNGs fitted by a Chromium canvas standing in for
// nativeImage). As in the app, the Proof tab readies the export when it opens (report.prepare, timed as
// `report.prepare_ms`); `report.pdf_first_ms` is the first export after that, and `report.pdf_ms` the
// median of the exports after it. With 390 × 844 screenshots, and (`report.pdf_phone_*`) with what a
// phone saves (1170 × 2532, 3 pixels to the point).
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startBackend } from '../electron/services';
import { DOCOMO_PHYSICAL_SHOP } from '../tests/fixtures/profiles';
import { quietPorts } from './ports';
import type { RecordContent } from '../electron/store/schema';
import type { Browser } from '@playwright/test';
import { chromiumPngFitter, chromiumPrinter, launchBrowser } from '../tests/e2e/harness';

const RECORDS = 10;
const IMAGES = 5;
const EXPORTS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

function content(i: number, attachmentIds: string[]): RecordContent {
  return {
    kind: i % 2 === 0 ? 'shop-visit' : 'phone-call',
    occurredAt: `2026-11-${String(10 + i).padStart(2, '0')}T14:30:00+09:00`,
    timeZone: 'Asia/Tokyo',
    shopBranch: i % 2 === 0 ? 'ドコモショップ新宿店' : '',
    phoneDialled: i % 2 === 0 ? '' : '151',
    portal: '',
    referenceNumber: `A-7788${i}`,
    effectiveDate: i === RECORDS - 1 ? '2026-11-30' : '',
    staffName: '佐藤',
    finalBillYen: 3280,
    feesYen: 0,
    note: `问了解约什么时候生效、SIM 卡要不要归还。工作人员说月底生效，不用归还。解約は月末に反映されます。 #${i}`,
    stepId: null,
    attachmentIds,
  };
}

/** Export timings of a report whose screenshots have `scale` pixels to the point. */
async function exportReport(browser: Browser, scale: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sayonara-bench-report-'));
  try {
    const target = path.join(dir, 'report.pdf');
    const ports = quietPorts({
      chooseSavePath: async () => target,
      ...chromiumPrinter(browser),
      fitPng: chromiumPngFitter(browser),
    });
    const { router } = await startBackend({
      dataDir: path.join(dir, 'data'),
      ports,
      appVersion: 'bench',
      systemLocale: 'zh-CN',
    });
    const call = async <T>(channel: string, payload: unknown): Promise<T> => {
      const result = await router.handle(channel, payload);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    const created = await call<{ case: { id: string } }>('cases.create', {
      name: '我的 docomo 线路',
      phoneNumber: '090-1234-5678',
      profile: DOCOMO_PHYSICAL_SHOP,
    });
    // Phone-sized screenshots: real PNGs of a rendered page, each different.
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: scale });
    const shots: string[] = [];
    for (let i = 0; i < IMAGES; i++) {
      await page.setContent(
        `<body style="margin:0;font:20px sans-serif;background:hsl(${i * 60} 60% 90%)"><h1>受付完了 ${i}</h1>` +
          `<p>${'ご契約の解約を受け付けました。'.repeat(20)}</p></body>`,
      );
      const shot = path.join(dir, `screenshot-${i}.png`);
      await writeFile(shot, await page.screenshot());
      shots.push(shot);
    }
    await page.close();
    const imported = await call<{ imported: { id: string }[] }>('attachments.importPaths', { paths: shots });
    const ids = imported.imported.map((a) => a.id);
    for (let i = 0; i < RECORDS; i++)
      await call('records.create', {
        caseId: created.case.id,
        content: content(i, ids.slice(i, i + 1)),
      });

    const timedCall = async (channel: string, payload: object) => {
      const start = process.hrtime.bigint();
      await call(channel, { caseId: created.case.id, locale: 'zh-CN', timeZone: 'Asia/Tokyo', ...payload });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    const exportOnce = () => timedCall('report.export', { format: 'pdf' });
    // The Proof tab opens: the print page is made and the PNGs fitted before the first click.
    const prepareMs = await timedCall('report.prepare', {});
    const first = await exportOnce();
    const timings: number[] = [];
    for (let i = 0; i < EXPORTS; i++) timings.push(await exportOnce());
    const pdf = await readFile(target);
    return {
      ms: Math.round(median(timings)),
      firstMs: Math.round(first),
      prepareMs: Math.round(prepareMs),
      kb: Math.round((await stat(target)).size / 1024),
      images: (pdf.toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchReport(): Promise<Record<string, number>> {
  const browser = await launchBrowser();
  try {
    const small = await exportReport(browser, 1);
    const phone = await exportReport(browser, 3);
    return {
      'report.pdf_ms': small.ms,
      'report.pdf_kb': small.kb,
      'report.pdf_images': small.images,
      'report.pdf_first_ms': small.firstMs,
      'report.prepare_ms': small.prepareMs,
      'report.pdf_first_ratio': Math.round((small.firstMs / small.ms) * 100) / 100,
      'report.pdf_phone_ms': phone.ms,
      'report.pdf_phone_first_ms': phone.firstMs,
      'report.pdf_phone_first_ratio': Math.round((phone.firstMs / phone.ms) * 100) / 100,
      'report.pdf_phone_kb': phone.kb,
    };
  } finally {
    await browser.close();
  }
}
