// Turns a provider's structured facts into short texts in each language. Pure: no Node, no DOM.
import type { Channel, ClosingDay, FactKey, HoldData, ProviderFacts } from '../../data/schema';
import { L, verbatim } from '../../data/text';
import { fillPlaceholders, formatDay, formatList, formatYen } from '../shared/format';
export { seamed } from '../shared/format';
import { LANGUAGES } from '../shared/languages';
import { LOCALES, type Locale, type LocalizedText, type ProxyItem, type ProxyWho } from './types';

type Texts = LocalizedText;

/** Builds a text per language from a function of the language. */
const per = (f: (locale: Locale) => string): Texts => {
  const out = {} as Texts;
  for (const locale of LOCALES) out[locale] = f(locale);
  return out;
};

/** A template's {placeholders} filled, in every language; a value may itself be a text. */
export const fillText = (template: Texts, params: Record<string, string | number | Texts>): Texts =>
  per((l) =>
    fillPlaceholders(
      template[l],
      Object.fromEntries(
        Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? value[l] : value]),
      ),
    ),
  );

export const FACT_LABELS: Record<FactKey, Texts> = {
  portal: L('Account page'),
  cancelChannels: L('Ways to cancel'),
  mnpChannels: L('Ways to get an MNP reservation number'),
  cutoff: L('Cut-off and effective date'),
  billing: L('Billing in the last month'),
  billClosing: L('Bill closing day'),
  earlyCancel: L('Cancelling in the first 8 days'),
  mnpMinDaysLeft: L('MNP reservation number: days left at sign-up'),
  fees: L('Fees'),
  simReturn: L('SIM card: return or dispose'),
  mnpOneStop: L('MNP one-stop'),
  support: L('Support phone'),
  shop: L('At the shop'),
  afterCancel: L('After the line ends'),
  proxy: L('Someone going for you (代理人)'),
  abroad: L('From abroad'),
  supportAbroad: L('Calls from abroad'),
  hold: L('Keeping the number while away'),
};

/** Who may act for the holder, as a person reads it. */
export const PROXY_WHO_NAMES: Record<ProxyWho, Texts> = {
  family: L('a family member'),
  'care-facility-staff': L('staff of a care facility you live in'),
  guardian: L('a guardian'),
};

/** What a proxy brings. */
export const PROXY_ITEM_NAMES: Record<ProxyItem, Texts> = {
  'proxy-letter': L('a letter of authority (委任状) from you'),
  'holder-id': L('your ID'),
  'holder-id-or-copy': L('your ID (a copy is fine)'),
  'proxy-id': L('their own original ID'),
  'id-unspecified': L('ID (本人確認書類; the source does not say whose: bring yours and theirs)'),
  'relationship-proof': L('a document proving the relationship (戸籍謄本, 住民票 or the like)'),
  phone: L('the phone'),
};

const ABROAD_NEED_NAMES: Record<'sms-code' | 'carrier-login' | 'carrier-email', Texts> = {
  'sms-code': L('a code sent by SMS to this number'),
  'carrier-login': L('a login to the member page'),
  'carrier-email': L('an e-mail address at the carrier'),
};

const HOLD_NEED_NAMES: Record<'payment-card' | 'roaming-sms', Texts> = {
  'payment-card': L('a payment card that keeps working'),
  'roaming-sms': L('roaming on, to receive SMS abroad'),
};

const list = (items: Texts[], type: 'conjunction' | 'disjunction' = 'conjunction'): Texts =>
  per((l) =>
    formatList(
      items.map((i) => i[l]),
      l,
      type,
    ),
  );

const CHANNEL_NAMES: Record<Channel, Texts> = {
  online: L('online (member page)'),
  app: L('app'),
  shop: L('shop'),
  phone: L('phone'),
};

/** A bill's closing day, as a person reads it ("the 20th", "20日"). */
export const CLOSING_DAY_NAMES: Record<ClosingDay, Texts> = {
  '10': L('the 10th'),
  '20': L('the 20th'),
  'month-end': L('the last day of the month'),
};

/** Closing days, as alternatives ("the 10th, the 20th or the last day of the month"). */
export const closingDayList = (days: readonly ClosingDay[]): Texts =>
  per((l) =>
    formatList(
      days.map((d) => CLOSING_DAY_NAMES[d][l]),
      l,
      'disjunction',
    ),
  );

/** Channels, as alternatives ("online, app or shop"). */
export const channelList = (channels: readonly Channel[]): Texts =>
  list(
    channels.map((c) => CHANNEL_NAMES[c]),
    'disjunction',
  );

const joinParts = (parts: Texts[]): Texts =>
  per((l) => parts.map((p) => p[l]).join(LANGUAGES[l].partSeparator));

/** Parts joined as a sentence: a list that opens with a clause ("who may go: …") opens with a capital. */
const sentence = (parts: Texts[]): Texts => {
  const text = joinParts(parts);
  return per((l) => text[l].charAt(0).toLocaleUpperCase(l) + text[l].slice(1));
};

type Value<K extends FactKey> = NonNullable<NonNullable<ProviderFacts[K]>['value']>;

/** A fee list: each fee with its amount ("amount not found" where the sources give none) and its start. */
const feeList = (items: Value<'fees'>): Texts =>
  joinParts(
    items.map((fee) =>
      fillText(fee.from === null ? L('{fee}: {amount}') : L('{fee}: {amount} (from {date})'), {
        fee: fee.label,
        amount: fee.amountYen === null ? L('amount not found') : per((l) => formatYen(fee.amountYen ?? 0, l)),
        date: fee.from === null ? '' : per((l) => formatDay(fee.from ?? '', l)),
      }),
    ),
  );

/** Support lines: each with its label, number and hours. */
const lineList = (lines: Value<'support'>): Texts =>
  joinParts(
    lines.map((line) =>
      fillText(line.hours === null ? L('{line}: {number}') : L('{line}: {number} ({hours})'), {
        line: line.label,
        number: line.number,
        hours: line.hours ?? '',
      }),
    ),
  );

function holdText(v: HoldData): Texts {
  if (v.kind === 'not-offered') return L('No way to pause the line is offered');
  const parts: Texts[] = [];
  if (v.kind === 'top-up')
    parts.push(
      fillText(
        L(
          'No base fee: buy a paid topping within {days} days after the last one expires, or the line is suspended, and ended {ends} days after that',
        ),
        { days: v.everyDays, ends: v.endsAfterDays },
      ),
      fillText(L('bought in: {channels}'), { channels: channelList(v.channels) }),
    );
  else {
    parts.push(
      v.name === null
        ? L('A paid suspension that keeps the number')
        : fillText(L('{name}: a paid suspension that keeps the number'), { name: v.name }),
    );
    if (v.maxMonths !== null) parts.push(fillText(L('for at most {months} months'), { months: v.maxMonths }));
    parts.push(fillText(L('apply: {channels}'), { channels: channelList(v.channels) }));
    if (v.inPerson) parts.push(L('only the holder, in person'));
    if (v.fees.length > 0) parts.push(feeList(v.fees));
    else parts.push(L('fees: not found'));
  }
  if (v.needs.length > 0)
    parts.push(fillText(L('needs: {needs}'), { needs: list(v.needs.map((n) => HOLD_NEED_NAMES[n])) }));
  return joinParts(parts);
}

const formatters: { [K in FactKey]: (value: Value<K>) => Texts } = {
  portal: (v) => {
    const parts = [verbatim(v.name)];
    if (v.cancelPath) parts.push(fillText(L('to cancel: {path}'), { path: v.cancelPath }));
    if (v.mnpPath) parts.push(fillText(L('MNP: {path}'), { path: v.mnpPath }));
    return joinParts(parts);
  },
  cancelChannels: channelList,
  mnpChannels: channelList,
  cutoff: (v) => {
    const parts: Texts[] = [];
    if (v.effective === 'same-day') parts.push(L('Takes effect on the day of the request'));
    if (v.effective === 'month-end') parts.push(L('Takes effect at the end of the month you apply'));
    if (v.effective === 'chosen-date') parts.push(L('You choose the end date'));
    if (v.deadlineDay !== null) {
      parts.push(fillText(L('apply by day {day} of a month for that month'), { day: v.deadlineDay }));
    }
    if (v.afterHoursFrom !== null) {
      parts.push(fillText(L('requests after {time} count as the next day'), { time: v.afterHoursFrom }));
    }
    // With no effective-date rule the first part is a clause ("requests after …"): open the sentence.
    return sentence(parts);
  },
  billClosing: (days) =>
    days.length === 1
      ? fillText(L('The bill closes on {day}'), { day: closingDayList(days) })
      : fillText(L('The bill closes on {days}, depending on the contract'), { days: closingDayList(days) }),
  earlyCancel: (v) =>
    v === 'confirmation-measure'
      ? L(
          'Uses 確認措置 (the confirmation measure) instead of the 8-day initial cancellation: within 8 days of receiving the contract document you can cancel only if coverage is poor where you use the phone or the explanation you were given was inadequate.',
        )
      : L(
          'The 8-day initial cancellation (初期契約解除): within 8 days of receiving the contract document you can cancel for any reason; some fees may still be charged.',
        ),
  mnpMinDaysLeft: (days) =>
    fillText(L('An online sign-up needs at least {days} days left on the MNP reservation number'), { days }),
  billing: (v) =>
    ({
      'full-month': L('Charged for the full month, not pro-rated'),
      'pro-rated': L('Pro-rated by day'),
      'usage-based': L('Charged by actual use up to the cancellation day'),
      prepaid: L('Prepaid: no later bill'),
    })[v],
  fees: feeList,
  simReturn: (v) => {
    const parts: Texts[] = [
      {
        'mail-back': L('Mail it back'),
        'self-dispose': L('No return needed: cut it and dispose of it yourself'),
        either: L('Either mail it back, or cut it and dispose of it'),
        'nothing-to-return': L('Nothing to return'),
      }[v.rule],
    ];
    const mailBack = v.rule === 'mail-back';
    if (v.address !== null) parts.push(fillText(L('address: {address}'), { address: v.address }));
    else if (mailBack) parts.push(L('address: not found'));
    if (v.deadline !== null) parts.push(fillText(L('deadline: {deadline}'), { deadline: v.deadline }));
    else if (mailBack) parts.push(L('deadline: not found'));
    if (v.penalty !== null) parts.push(fillText(L('if not returned: {penalty}'), { penalty: v.penalty }));
    if (v.tracked) parts.push(L('use tracked post'));
    return joinParts(parts);
  },
  mnpOneStop: (v) =>
    v ? L('Takes part: apply at the new carrier, no reservation number needed') : L('Does not take part'),
  support: lineList,
  shop: (v) => v,
  afterCancel: (v) => v,
  proxy: (v) => {
    if (!v.allowed) return L('Not accepted for a cancellation');
    const parts = [
      fillText(L('who may go: {who}'), {
        who: list(
          v.who.map((w) => PROXY_WHO_NAMES[w]),
          'disjunction',
        ),
      }),
      v.brings.length > 0
        ? fillText(L('they bring: {items}'), { items: list(v.brings.map((b) => PROXY_ITEM_NAMES[b])) })
        : L('what they bring: not found'),
    ];
    if (v.holderWritesLetter) parts.push(L('you fill in the whole letter yourself'));
    if (v.ownForm === true) parts.push(L("the letter is on the provider's own form"));
    return sentence(parts);
  },
  abroad: (v) => {
    const parts: Texts[] = [
      v.needs.length > 0
        ? fillText(L('doing it online may need: {needs}'), {
            needs: list(v.needs.map((n) => ABROAD_NEED_NAMES[n])),
          })
        : L('no need named for doing it online'),
    ];
    if (v.instead) parts.push(fillText(L('instead: {instead}'), { instead: v.instead }));
    return sentence(parts);
  },
  supportAbroad: lineList,
  hold: holdText,
};

export function formatFact<K extends FactKey>(key: K, value: Value<K>): Texts {
  return formatters[key](value);
}

/** True when a found fact still has a hole the person must fill by asking (an unknown fee, address…). */
export function hasGaps<K extends FactKey>(key: K, value: Value<K>): boolean {
  if (key === 'fees') return (value as Value<'fees'>).some((fee) => fee.amountYen === null);
  if (key === 'hold') {
    // A suspension whose cost is unknown (or only partly known) must be asked about.
    const v = value as Value<'hold'>;
    return v.kind === 'suspension' && (v.fees.length === 0 || v.fees.some((fee) => fee.amountYen === null));
  }
  if (key === 'proxy') return (value as Value<'proxy'>).brings.length === 0;
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
    const { fullStop, sentenceGap } = LANGUAGES[l];
    return `${base}${/[.。！？!?।]$/.test(base) ? '' : fullStop}${sentenceGap}${note[l]}`;
  });
}
