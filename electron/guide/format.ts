// Turns a provider's structured facts into short texts in each language. Pure: no Node, no DOM.
import type { Channel, FactKey, ProviderFacts } from '../../data/schema';
import type { Locale, LocalizedText } from './types';

type Texts = LocalizedText;
const T = (zh: string, en: string, ja: string): Texts => ({ 'zh-CN': zh, en, ja });

/** Builds a text per locale from a function of the locale. */
const per = (f: (locale: Locale) => string): Texts => T(f('zh-CN'), f('en'), f('ja'));

const SEPARATOR: Texts = T('；', '; ', '／');

export const FACT_LABELS: Record<FactKey, Texts> = {
  portal: T('会员页面', 'Account page', '会員ページ'),
  cancelChannels: T('可以解约的方式', 'Ways to cancel', '解約の方法'),
  mnpChannels: T('申请 MNP 预约号码的方式', 'Ways to get an MNP reservation number', 'MNP予約番号の発行方法'),
  cutoff: T('截止和生效规则', 'Cut-off and effective date', '締め日と解約日'),
  billing: T('解约当月的收费', 'Billing in the last month', '解約月の料金'),
  fees: T('费用', 'Fees', '手数料'),
  simReturn: T('SIM 卡的处理', 'SIM card: return or dispose', 'SIMカードの扱い'),
  mnpOneStop: T('MNP 一站式', 'MNP one-stop', 'MNPワンストップ'),
  support: T('客服电话', 'Support phone', '問い合わせ電話'),
  shop: T('去门店时', 'At the shop', '店頭での手続き'),
  afterCancel: T('线路结束以后', 'After the line ends', '解約後のこと'),
};

const CHANNEL_NAMES: Record<Channel, Texts> = {
  online: T('网上（会员页面）', 'online (member page)', 'Web（会員ページ）'),
  app: T('应用', 'app', 'アプリ'),
  shop: T('门店', 'shop', 'ショップ'),
  phone: T('电话', 'phone', '電話'),
};

const LIST_SEPARATOR: Texts = T('、', ', ', '・');

export const channelList = (channels: readonly Channel[]): Texts =>
  per((l) => channels.map((c) => CHANNEL_NAMES[c][l]).join(LIST_SEPARATOR[l]));

const yen = (amount: number): Texts => {
  const digits = String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return T(`${digits} 日元`, `¥${digits}`, `${digits}円`);
};

const ordinal = (n: number): string => {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${{ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th'}`;
};

const joinParts = (parts: Texts[]): Texts => per((l) => parts.map((p) => p[l]).join(SEPARATOR[l]));

type Value<K extends FactKey> = NonNullable<NonNullable<ProviderFacts[K]>['value']>;

const formatters: { [K in FactKey]: (value: Value<K>) => Texts } = {
  portal: (v) => {
    const parts = [T(v.name, v.name, v.name)];
    if (v.cancelPath) parts.push(per((l) => `${T('解约', 'to cancel', '解約')[l]}: ${v.cancelPath}`));
    if (v.mnpPath) parts.push(per((l) => `${T('MNP', 'MNP', 'MNP')[l]}: ${v.mnpPath}`));
    return joinParts(parts);
  },
  cancelChannels: channelList,
  mnpChannels: channelList,
  cutoff: (v) => {
    const parts: Texts[] = [];
    if (v.effective === 'same-day')
      parts.push(T('申请当天生效', 'Takes effect on the day of the request', '申込み当日に解約'));
    if (v.effective === 'month-end')
      parts.push(
        T(
          '在申请当月的月底生效',
          'Takes effect at the end of the month you apply',
          '申し込んだ月の末日に解約',
        ),
      );
    if (v.effective === 'chosen-date')
      parts.push(T('解约日期由你选择', 'You choose the end date', '解約日は自分で選ぶ'));
    if (v.deadlineDay !== null) {
      const d = v.deadlineDay;
      parts.push(
        T(
          `每月 ${d} 日前申请才算当月`,
          `apply by the ${ordinal(d)} for that month`,
          `毎月${d}日までの申込みでその月の解約`,
        ),
      );
    }
    if (v.afterHoursFrom !== null) {
      const t = v.afterHoursFrom;
      parts.push(
        T(
          `${t} 以后的申请算第二天`,
          `requests after ${t} count as the next day`,
          `${t}以降の申込みは翌日扱い`,
        ),
      );
    }
    // With no effective-date rule the first part is a clause ("requests after …"): open the sentence.
    const text = joinParts(parts);
    return { ...text, en: text.en.charAt(0).toUpperCase() + text.en.slice(1) };
  },
  billing: (v) =>
    ({
      'full-month': T(
        '按整月收费，不按日计算',
        'Charged for the full month, not pro-rated',
        '1か月分の請求（日割りなし）',
      ),
      'pro-rated': T('按日计算', 'Pro-rated by day', '日割りで請求'),
      'usage-based': T(
        '按截至解约日的实际用量收费',
        'Charged by actual use up to the cancellation day',
        '解約日までの利用量に応じて請求',
      ),
      prepaid: T('预付，没有后续账单', 'Prepaid: no later bill', '前払いのため後からの請求なし'),
    })[v],
  fees: (items) =>
    joinParts(
      items.map((fee) =>
        per((l) => {
          const amount =
            fee.amountYen === null
              ? T('金额未找到', 'amount not found', '金額不明')[l]
              : yen(fee.amountYen)[l];
          const from =
            fee.from === null
              ? ''
              : T(`（自 ${fee.from} 起）`, ` (from ${fee.from})`, `（${fee.from}から）`)[l];
          return `${fee.label[l]}${T('：', ': ', '：')[l]}${amount}${from}`;
        }),
      ),
    ),
  simReturn: (v) => {
    const parts: Texts[] = [
      {
        'mail-back': T('需要寄回', 'Mail it back', '返送が必要'),
        'self-dispose': T(
          '不用交还，自行剪断后丢弃',
          'No return needed: cut it and dispose of it yourself',
          '返却不要（自分で切って処分）',
        ),
        either: T(
          '寄回，或剪断后自行丢弃，二者均可',
          'Either mail it back, or cut it and dispose of it',
          '返送するか、切って処分するかを選べる',
        ),
        'nothing-to-return': T('没有需要交还的东西', 'Nothing to return', '返却物なし'),
      }[v.rule],
    ];
    const mailBack = v.rule === 'mail-back';
    if (v.address !== null) parts.push(per((l) => `${T('地址：', 'address: ', '返送先：')[l]}${v.address}`));
    else if (mailBack) parts.push(T('地址：未找到', 'address: not found', '返送先：不明'));
    if (v.deadline !== null)
      parts.push(per((l) => `${T('期限：', 'deadline: ', '期限：')[l]}${v.deadline?.[l]}`));
    else if (mailBack) parts.push(T('期限：未找到', 'deadline: not found', '期限：不明'));
    if (v.penalty !== null)
      parts.push(per((l) => `${T('未交还时：', 'if not returned: ', '未返却の場合：')[l]}${v.penalty?.[l]}`));
    if (v.tracked) parts.push(T('用可追踪的方式寄', 'use tracked post', '追跡できる方法で送る'));
    return joinParts(parts);
  },
  mnpOneStop: (v) =>
    v
      ? T(
          '参与：只在新运营商处申请，不需要预约号码',
          'Takes part: apply at the new carrier, no reservation number needed',
          '対応：乗り換え先で申し込むだけで予約番号は不要',
        )
      : T('不参与', 'Does not take part', '非対応'),
  support: (lines) =>
    joinParts(
      lines.map((line) =>
        per((l) => {
          const hours = line.hours === null ? '' : l === 'en' ? ` (${line.hours})` : `（${line.hours}）`;
          return `${line.label[l]}${T('：', ': ', '：')[l]}${line.number}${hours}`;
        }),
      ),
    ),
  shop: (v) => v,
  afterCancel: (v) => v,
};

export function formatFact<K extends FactKey>(key: K, value: Value<K>): Texts {
  return formatters[key](value);
}

/** True when a found fact still has a hole the person must fill by asking (an unknown fee, address…). */
export function hasGaps<K extends FactKey>(key: K, value: Value<K>): boolean {
  if (key === 'fees') return (value as Value<'fees'>).some((fee) => fee.amountYen === null);
  if (key === 'simReturn') {
    const v = value as Value<'simReturn'>;
    return v.rule === 'mail-back' && (v.address === null || v.deadline === null);
  }
  return false;
}

/** Appends a remark as a new sentence, in each language's punctuation. */
export function withNote(text: Texts, note: Texts | undefined): Texts {
  if (!note) return text;
  return per((l) => {
    const base = text[l];
    const ends = /[.。！？!?]$/.test(base);
    const stop = l === 'en' ? '. ' : '。';
    return `${base}${ends ? (l === 'en' ? ' ' : '') : stop}${note[l]}`;
  });
}
