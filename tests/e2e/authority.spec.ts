// Issue 18's letter of authority (委任状), as two new users would. Sato, a Japanese national, sends her
// mother to a docomo shop: docomo wants its own form, so the app sends her to docomo's page and makes no
// look-alike. Lin, a researcher from Taipei now back home, first asks a friend in Tokyo: au's rule takes
// family only (or care-facility staff, a guardian), so no letter is made for him; her sister goes instead,
// and Lin exports the letter — Japanese with Traditional Chinese beside it — and reads it back. Park, a
// Korean nurse back in Seoul with a Y!mobile line, sends her husband: she leaves her address to write by
// hand and asks for a seal box; what he brings is not in the sources, and the notes say so.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Profile } from '../../electron/guide/types';
import { DOCOMO_PHYSICAL_SHOP } from '../fixtures/profiles';
import { dictionaryFor } from '../fixtures/dictionaries';
import { expectNoSeriousA11yViolations } from './axe';
import { seedCase } from './flows';
import { launchApp } from './harness';
import { pdfLinks, pdfPageCount, pdfRawText, savePdfPages } from './pdf';
import { SCREENSHOT_DIR } from './screenshots';

const ja = dictionaryFor('ja');
const tw = dictionaryFor('zh-TW');
const ko = dictionaryFor('ko');
const step = (page: Page, id: string) => page.locator(`[data-testid="step"][data-step-id="${id}"]`);
const flat = (text: string) => text.replace(/\s+/g, '');
const fill = (text: string, params: Record<string, string>) =>
  Object.entries(params).reduce((out, [key, value]) => out.replace(`{${key}}`, value), text);

const sendingSomeone = (providerId: string, extra: Partial<Profile>): Profile => ({
  ...DOCOMO_PHYSICAL_SHOP,
  providerId,
  channel: 'proxy',
  numberPlan: 'end',
  ...extra,
});

test('a Japanese national whose mother goes to a docomo shop: docomo’s own form, its page, and no letter made', async () => {
  const app = await launchApp({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1000, height: 900 },
  });
  try {
    const { page } = app;
    const caseId = await seedCase(
      page,
      'ドコモ（母が手続き）',
      sendingSomeone('docomo', {
        holderType: 'japanese-national',
        whereabouts: 'in-japan',
        leavingDate: null,
      }),
      '090-1111-2222',
      { name: '佐藤 花子', residenceCard: '', passport: '' },
    );
    const proxy = step(page, 'cancel.proxy');
    const rule = proxy.getByTestId('proxy-rule');
    await expect(rule).toContainText('家族');
    await expect(rule).toContainText(fill(ja['proxy.ownForm'], { provider: 'NTTドコモ' }));
    // docomo's own form is required: its page, and nothing that looks like it.
    await expect(rule.getByRole('button', { name: ja['authority.open'] })).toHaveCount(0);
    await expect(page.getByTestId('authority-letter')).toHaveCount(0);
    await rule.getByRole('button', { name: fill(ja['proxy.openPage'], { provider: 'NTTドコモ' }) }).click();
    await expect
      .poll(() => app.ports.opened.map((o) => o.target))
      .toContainEqual(expect.stringContaining('https://www.nttdocomo.co.jp/support/identification/'));
    await proxy.scrollIntoViewIfNeeded();
    await proxy.screenshot({ path: path.join(SCREENSHOT_DIR, 'authority-docomo-own-form-ja.png') });
    await expectNoSeriousA11yViolations(page);

    // Asked anyway (a request the screen never makes): refused at the boundary, nothing written.
    app.ports.dialogs.savePath = path.join(app.dataDir, 'never.pdf');
    const refused = await page.evaluate(
      (id) =>
        window.sayonara.authority.export({
          caseId: id,
          locale: 'ja',
          timeZone: 'Asia/Tokyo',
          fields: {
            holderName: '佐藤 花子',
            holderAddress: '',
            holderBirthDate: '',
            agentName: '佐藤 洋子',
            agentRelation: 'mother',
            agentAddress: '',
            date: '',
            seal: true,
          },
        }),
      caseId,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'authority_not_offered' } });
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app.close();
  }
});

test('a foreign resident abroad: her friend is refused by au’s rule, her sister goes, and the letter reads back in Japanese and Chinese', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({
    locale: 'zh-TW',
    timezoneId: 'Asia/Taipei',
    viewport: { width: 1100, height: 900 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-authority-'));
  try {
    const { page } = app;
    await seedCase(
      page,
      'au（妹妹代辦）',
      sendingSomeone('au', { whereabouts: 'abroad', leavingDate: '2026-11-20' }),
      '080-2345-6789',
      { name: 'LIN Yating', residenceCard: '', passport: '' },
    );
    const rule = step(page, 'cancel.proxy').getByTestId('proxy-rule');
    await rule.getByRole('button', { name: tw['authority.open'] }).click();
    const letter = page.getByTestId('authority-letter');
    await expect(letter).toBeVisible();
    // au names no form of its own in the sources: said plainly that it may ask for one.
    await expect(letter.getByTestId('authority-own-form')).toHaveText(
      fill(tw['authority.ownFormUnknown'], { provider: 'au（KDDI）' }),
    );
    // What she delegates comes from her checklist.
    await expect(letter.getByTestId('authority-tasks').getByRole('listitem')).toHaveText([
      '辦理上述門號的解約手續',
      '領取載有受理編號（受付番号）和解約日期的文件',
      '確認是否需要歸還SIM卡，需要時代為歸還',
    ]);

    // Her name comes from the case, masked; the rest she types, each masked once she moves on.
    const holderName = letter.getByLabel(tw['authority.holderName']);
    await expect(holderName).toHaveValue('L•• Y•••••');
    await expect(holderName).toHaveAttribute('readonly', '');
    await letter.getByLabel(tw['authority.holderAddress']).fill('台北市大安區復興南路一段100號');
    await letter.getByLabel(tw['authority.holderBirthDate']).fill('1994-05-17');
    // First she asks a friend in Tokyo.
    await letter.getByLabel(tw['authority.agentName']).fill('CHEN Yijun');
    await letter.getByLabel(tw['authority.relation']).selectOption({ label: '其他人（朋友、同事等）' });
    const refusal = letter.getByTestId('authority-refused');
    await expect(refusal).toContainText(
      '根據資料，au（KDDI）只接受家人、你入住的照護機構的工作人員或監護人代你辦理。',
    );
    await expect(letter.getByRole('button', { name: tw['authority.export'] })).toBeDisabled();
    await expect(letter.getByLabel(tw['authority.holderAddress'])).toHaveValue('台北市••••••••');
    await expect(letter.getByLabel(tw['authority.holderBirthDate'])).toHaveValue('••••-••-••');
    await letter.screenshot({ path: path.join(SCREENSHOT_DIR, 'authority-friend-refused-zh-TW.png') });
    await expectNoSeriousA11yViolations(page);

    // Her sister, who lives in Tokyo, can go.
    const agentName = letter.getByLabel(tw['authority.agentName']);
    await agentName.fill('LIN Yuwen');
    await letter.getByLabel(tw['authority.relation']).selectOption({ label: '兄弟姊妹' });
    await expect(refusal).toHaveCount(0);
    await letter.getByLabel(tw['authority.agentAddress']).fill('東京都世田谷区北沢2-10-15');
    await letter.getByLabel(tw['authority.date']).fill('2026-12-07');
    await letter.getByLabel(tw['authority.keep']).check();
    await expect(agentName).toHaveValue('L•• Y••••');
    await letter.screenshot({ path: path.join(SCREENSHOT_DIR, 'authority-letter-zh-TW.png') });

    const pdf = path.join(outside, 'authority.pdf');
    app.ports.dialogs.savePath = pdf;
    await letter.getByRole('button', { name: tw['authority.export'] }).click();
    await expect(letter.getByTestId('authority-exported')).toContainText(pdf, { timeout: 60_000 });

    // Page 1: the letter, in Japanese with the Chinese beside it.
    expect(await pdfPageCount(pdf)).toBe(2);
    const first = flat(await pdfRawText(pdf, 1));
    for (const expected of [
      '委任状',
      '委託書',
      'au御中',
      '作成日：2026年12月7日',
      '委任者（契約者）',
      'LINYating',
      '台北市大安區復興南路一段100號',
      '1994年5月17日',
      '代理人（来店する方）',
      'LINYuwen',
      '兄弟姉妹（兄弟姊妹）',
      '東京都世田谷区北沢2-10-15',
      '080-2345-6789',
      '私（上記の委任者）は、上記の代理人に、上記回線に関する次の事項を委任します。',
      '1.上記回線の解約手続き',
      '3.SIMカードの返却が必要かどうかの確認と、必要な場合の返却',
      '本人（上述委託人）委託上述代理人，就上述門號代為辦理以下事項。',
      '1.辦理上述門號的解約手續',
      '委任者（契約者）署名',
    ])
      expect(first, expected).toContain(flat(expected));
    // Her friend is nowhere in it, nor a seal box she did not ask for.
    expect(first).not.toContain('CHEN');
    expect(first).not.toContain('印');
    // Page 2: for her and her sister, not handed in: who may go, what to bring, the own-form caveat, sources.
    const second = flat(await pdfRawText(pdf, 2));
    for (const expected of [
      '来店の前に：契約者と代理人の方へ（委任状の一部ではありません）',
      '前往門市之前：致申辦人和代理人（不屬於委託書的內容）',
      '契約者の本人確認書類（コピー可）',
      '申辦人的身分證件（影本也可以）',
      '代理人本人的身分證件正本',
      'auが独自の書式の委任状を求める場合があります',
      'https://mats2.net/au-inin',
    ])
      expect(second, expected).toContain(flat(expected));
    await savePdfPages(pdf, 'authority-au-zh-TW');

    // While kept, a change is kept too: she moves the date to tomorrow.
    await letter.getByLabel(tw['authority.date']).fill('2026-12-08');
    await expect.poll(() => app.store.data.cases[0]?.authority?.fields.date).toBe('2026-12-08');

    // Kept with the case, as she asked: back after a restart, masked until shown.
    await app.restart();
    const again = step(app.page, 'cancel.proxy').getByTestId('proxy-rule');
    await again.getByRole('button', { name: tw['authority.open'] }).click();
    const reopened = app.page.getByTestId('authority-letter');
    await expect(reopened.getByLabel(tw['authority.agentAddress'])).toHaveValue('東京都••••••••');
    await expect(reopened.getByLabel(tw['authority.relation'])).toHaveValue('sibling');
    await expect(reopened.getByLabel(tw['authority.date'])).toHaveValue('2026-12-08');
    await expect(reopened.getByLabel(tw['authority.keep'])).toBeChecked();
    await reopened.getByRole('button', { name: `${tw['ui.show']} ${tw['authority.agentAddress']}` }).click();
    await expect(reopened.getByLabel(tw['authority.agentAddress'])).toHaveValue('東京都世田谷区北沢2-10-15');
    // She takes them off this computer: forgotten.
    await reopened.getByLabel(tw['authority.keep']).uncheck();
    await expect.poll(() => app.store.data.cases[0]?.authority).toBeUndefined();
    expect(app.foreignRequests).toEqual([]);
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});

test('a Korean nurse abroad sends her husband to a Y!mobile shop: blanks to fill by hand, a seal box, and what to bring not known', async () => {
  test.setTimeout(180_000);
  const app = await launchApp({
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    viewport: { width: 1000, height: 900 },
  });
  const outside = await mkdtemp(path.join(os.tmpdir(), 'sayonara-e2e-authority-'));
  try {
    const { page } = app;
    await seedCase(
      page,
      'Y!mobile (남편이 대신)',
      sendingSomeone('ymobile', { whereabouts: 'abroad', leavingDate: '2026-10-31' }),
      '070-9876-5432',
    );
    const rule = step(page, 'cancel.proxy').getByTestId('proxy-rule');
    await rule.getByRole('button', { name: ko['authority.open'] }).click();
    const letter = page.getByTestId('authority-letter');
    // Y!mobile takes family only: no guardian or facility staff to choose.
    const relations = await letter
      .getByLabel(ko['authority.relation'])
      .locator('option')
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(relations).not.toContain('guardian');
    expect(relations).not.toContain('care-facility-staff');
    // Her card is cut and thrown away by her: nothing about the SIM is delegated.
    await expect(letter.getByTestId('authority-tasks').getByRole('listitem')).toHaveCount(2);
    // No name in the case: she types it; her address and birth date she will write by hand.
    await letter.getByLabel(ko['authority.holderName']).fill('PARK Jiyeon');
    await letter.getByLabel(ko['authority.agentName']).fill('KIM Junho');
    await letter.getByLabel(ko['authority.relation']).selectOption('spouse');
    await letter.getByLabel(ko['authority.agentAddress']).fill('大阪府大阪市北区梅田1-1-1');
    await letter.getByLabel(ko['authority.seal']).check();
    await letter.screenshot({ path: path.join(SCREENSHOT_DIR, 'authority-letter-ko.png') });
    await expectNoSeriousA11yViolations(page);

    const pdf = path.join(outside, 'authority-ko.pdf');
    app.ports.dialogs.savePath = pdf;
    await letter.getByRole('button', { name: ko['authority.export'] }).click();
    await expect(letter.getByTestId('authority-exported')).toContainText(pdf, { timeout: 60_000 });
    const first = flat(await pdfRawText(pdf, 1));
    for (const expected of [
      'ワイモバイル御中',
      '위임장',
      'PARKJiyeon',
      'KIMJunho',
      '配偶者（배우자）',
      '空欄の項目は、委任者（契約者）本人が手書きで記入します。',
      '빈칸은 계약 명의자 본인이 손으로 적습니다.',
      '본인(위 위임자)은 위 대리인에게 위 회선에 관한 다음 사항을 위임합니다.',
      '印',
    ])
      expect(first, expected).toContain(flat(expected));
    expect(first).not.toContain('SIMカード');
    const second = flat(await pdfRawText(pdf, 2));
    expect(second).toContain(
      flat(
        '확인한 자료에는 대리인이 무엇을 가져가야 하는지 나와 있지 않습니다. 가기 전에 Y!mobile에 문의하세요.',
      ),
    );
    expect(second).toContain(flat('資料によると、ワイモバイルで契約者の代理人になれるのは家族です。'));
    // The rule's source is printed with its host as people read it; its link goes where it was read.
    expect(second).toContain('https://クレジットカードをつくる.jp/2018/05/20/post-6702');
    expect(second).not.toContain('xn--');
    expect(await pdfLinks(pdf)).toContain('https://xn--y8jyb2gza8jxa7duezbl49aqg.jp/2018/05/20/post-6702');
    await savePdfPages(pdf, 'authority-ymobile-ko');
    // She did not ask to keep them: nothing of it is in the data folder.
    expect(app.store.data.cases[0]?.authority).toBeUndefined();
  } finally {
    await app.close();
    await rm(outside, { recursive: true, force: true });
  }
});
