// The rules that turn a leaving date into dated steps. Data beside the facts: each rule names the
// steps it dates and the facts it rests on (global fact ids, provider fact keys), so every date the
// plan shows can say which rule made it and link to those facts' sources. The date arithmetic itself
// lives in electron/guide/plan.ts. Advice texts hold {placeholders} the plan fills with dates.
import { z } from 'zod';
import { FACT_KEYS, LocalizedTextSchema, type FactKey } from './schema';
import { L } from './text';

export const PLAN_RULE_KINDS = [
  /** The line ends before the leaving day: latest = the day before leaving (at the cut-off time). */
  'cancel-by-departure',
  /** The MNP reservation number: valid 15 days counting the issue day, so not earlier than leaving − 15. */
  'mnp-reservation',
  /** What must happen while the line still works: by the day the line ends, before ending it. */
  'before-cancel',
  /** What follows the cancellation (eSIM, SIM card): from the day the line ends until leaving. */
  'after-cancel',
  /** The residence card is handed back at the airport on the leaving day. */
  'at-departure',
  /** The final bill arrives 1–2 months later: keep the payment method until the end of the second month. */
  'final-bill',
] as const;

export const PlanRuleSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(PLAN_RULE_KINDS),
  /** The checklist steps this rule dates; a step is dated by at most one rule. */
  steps: z.array(z.string().regex(/^(prepare|cancel|device|after)\.[a-z0-9-]+$/)).min(1),
  /** What the date means, shown beside it ("Before you leave"). */
  label: LocalizedTextSchema,
  citesGlobal: z.array(z.string()),
  citesProvider: z.array(z.enum(FACT_KEYS as [FactKey, ...FactKey[]])),
});
export type PlanRuleData = z.infer<typeof PlanRuleSchema>;

export const planRules = [
  {
    id: 'cancel-before-leaving',
    kind: 'cancel-by-departure',
    steps: [
      'cancel.online',
      'cancel.app',
      'cancel.shop',
      'cancel.phone',
      // Where the sources leave the way open, the step that says to confirm it is the cancellation step.
      'cancel.confirm-channel',
      'cancel.mnp-one-stop',
      'cancel.keep-confirmation',
    ],
    label: L('出发前解约', 'Cancel before you leave', '出国前に解約'),
    citesGlobal: ['cancel-before-departure'],
    citesProvider: ['billing', 'cutoff'],
  },
  {
    id: 'mnp-number-window',
    kind: 'mnp-reservation',
    steps: [
      'cancel.mnp-online',
      'cancel.mnp-app',
      'cancel.mnp-shop',
      'cancel.mnp-phone',
      'cancel.mnp-confirm-channel',
    ],
    label: L('MNP 预约号码的有效期', 'The MNP number’s 15 days', 'MNP予約番号の有効期間'),
    citesGlobal: ['mnp-number-validity', 'mnp-ends-old-line', 'cancel-before-departure'],
    citesProvider: ['billing', 'cutoff'],
  },
  {
    id: 'while-the-line-works',
    kind: 'before-cancel',
    steps: [
      'prepare.keep-number',
      'prepare.end-number',
      'prepare.contract-check',
      'prepare.instalments',
      'prepare.sim-unlock',
      'prepare.move-sms-logins',
      'prepare.carrier-email',
      'prepare.points',
      'prepare.backup',
      'prepare.options',
      'prepare.choose-day',
      'prepare.leaving-plan',
      'prepare.travel-check',
    ],
    label: L('趁线路还能用', 'While the line still works', '回線が使えるうちに'),
    citesGlobal: ['sim-unlock-first', 'sms-logins', 'points-vanish'],
    citesProvider: [],
  },
  {
    id: 'after-the-line-ends',
    kind: 'after-cancel',
    steps: ['device.esim-delete', 'device.sim-mail-back', 'device.sim-cut-dispose', 'device.sim-ask'],
    label: L('解约之后、出发之前', 'After cancelling, before you leave', '解約後、出国前に'),
    citesGlobal: ['esim-delete-needs-sms', 'sim-cut-before-disposal'],
    citesProvider: ['simReturn'],
  },
  {
    id: 'residence-card-at-airport',
    kind: 'at-departure',
    steps: ['after.residence-card'],
    label: L('出境当天在机场', 'At the airport, the day you leave', '出国当日に空港で'),
    citesGlobal: ['residence-card-return'],
    citesProvider: [],
  },
  {
    id: 'final-bill-two-months',
    kind: 'final-bill',
    steps: ['after.final-bill'],
    label: L('最后一张账单', 'The final bill', '最後の請求'),
    citesGlobal: ['final-bill-timing'],
    citesProvider: ['billing'],
  },
] satisfies PlanRuleData[];

/** The advice and questions the plan fills in; the keys are what electron/guide/plan.ts emits. */
export const planTexts = {
  fullMonthBefore: L(
    '按整月计费：在 {monthEnd} 或之前解约，就不用付 {nextMonth} 的月费；之后到 {latest} 为止解约，{nextMonth} 要付整月。',
    'Billed by the full month: cancelling on or before {monthEnd} avoids {nextMonth}’s charge; cancelling later, up to {latest}, costs {nextMonth} in full.',
    '月額は満額請求です。{monthEnd}までに解約すれば{nextMonth}分はかかりません。それ以降{latest}までに解約すると{nextMonth}分が満額かかります。',
  ),
  fullMonthSame: L(
    '按整月计费：这个月无论哪天解约都收整月，{latest} 之前哪天办都一样。',
    'Billed by the full month: this month is charged in full whichever day you cancel, so any day up to {latest} costs the same.',
    '月額は満額請求なので、今月はいつ解約しても1か月分かかります。{latest}までならどの日でも同じです。',
  ),
  fullMonthNoDate: L(
    '按整月计费：在 {monthEnd} 或之前解约，就不用付 {nextMonth} 的月费。',
    'Billed by the full month: cancelling on or before {monthEnd} avoids {nextMonth}’s charge.',
    '月額は満額請求です。{monthEnd}までに解約すれば{nextMonth}分はかかりません。',
  ),
  proRated: L(
    '按天计费：{latest} 之前哪天解约都只付用过的天数，不必提前。',
    'Charged by the day: any day up to {latest} costs only the days used, so there is no gain in cancelling early.',
    '日割りなので、{latest}までならどの日に解約しても使った日数分だけです。早めに解約する得はありません。',
  ),
  proRatedNoDate: L(
    '按天计费：哪天解约都只付用过的天数。',
    'Charged by the day: whichever day you cancel, you pay only for the days used.',
    '日割りなので、いつ解約しても使った日数分だけです。',
  ),
  usageBased: L(
    '按用量计费：解约日期对费用影响不大，最后一张账单在下个月到。',
    'Charged by use: the day you cancel changes little; the last bill comes the following month.',
    '従量課金なので解約日による差はほとんどありません。最後の請求は翌月に届きます。',
  ),
  prepaid: L(
    '预付费：没有要避开的月费，余额一般不退。',
    'Prepaid: there is no monthly charge to avoid; a remaining balance is usually not refunded.',
    'プリペイドなので避けるべき月額はありません。残高は通常返金されません。',
  ),
  cutoff: L(
    '{cutoff}（日本时间）以后的申请算作第二天：最后一天要在这个时间之前办。',
    'Requests after {cutoff} Japan time count as the next day: on the last day, apply before then.',
    '{cutoff}（日本時間）以降の申込みは翌日扱いです。最終日はそれより前に申し込んでください。',
  ),
  monthEndDeadline: L(
    '每月 {deadlineDay} 日之前提出的申请在当月月底解约：要在 {monthEnd} 结束，请在 {requestBy} 之前申请。',
    'Requests in by the {deadlineDay}th end the line at that month’s end: to end it on {monthEnd}, apply by {requestBy}.',
    '毎月{deadlineDay}日までの申込みでその月末に解約となります。{monthEnd}で終えるには{requestBy}までに申し込んでください。',
  ),
  monthEnd: L(
    '在申请当月的月底（{monthEnd}）解约，到那时都能用。',
    'The line ends at the end of the month you apply ({monthEnd}) and works until then.',
    '申込んだ月の末日（{monthEnd}）で解約となり、それまで使えます。',
  ),
  mnpWindow: L(
    'MNP 预约号码含发行当天有效 15 天：在 {earliest} 拿到的号码到 {validUntil} 为止有效，要在出发前转出，所以不要早于 {earliest} 申请。很多新运营商要求还剩 10–12 天。',
    'The MNP number is valid 15 days counting the issue day: one issued on {earliest} lasts until {validUntil}. The switch must happen before you leave, so do not get it before {earliest}. Many new carriers want 10–12 days left.',
    'MNP予約番号は発行日を含めて15日間有効です。{earliest}に発行すれば{validUntil}まで使えます。出国前に切り替える必要があるので、{earliest}より前には取らないでください。乗り換え先の多くは残り10〜12日以上を求めます。',
  ),
  mnpToday: L(
    'MNP 预约号码含发行当天有效 15 天：今天（{today}）拿到的话到 {validUntil} 为止有效。',
    'The MNP number is valid 15 days counting the issue day: one issued today ({today}) lasts until {validUntil}.',
    'MNP予約番号は発行日を含めて15日間有効です。今日（{today}）発行なら{validUntil}まで使えます。',
  ),
  beforeCancel: L(
    '解约后短信、运营商邮箱和积分都会消失：在线路结束（{latest}）之前办好。',
    'SMS codes, the carrier mailbox and points go with the line: do this before it ends ({latest}).',
    '解約するとSMS・キャリアメール・ポイントも使えなくなります。回線が終わる前（{latest}）に済ませてください。',
  ),
  afterCancel: L(
    '线路结束（{earliest}）之后再办，最好在出发（{latest}）之前。',
    'Do this once the line has ended ({earliest}), preferably before you leave ({latest}).',
    '回線が終わってから（{earliest}）、できれば出国（{latest}）までに行います。',
  ),
  atDeparture: L(
    '出境当天（{latest}）在机场告诉入境审查官，卡会被打孔后还给你。',
    'On the day you leave ({latest}), tell the immigration officer at the airport; the card is punched and handed back.',
    '出国当日（{latest}）に空港の入国審査官に伝えると、カードに穴を開けて返してくれます。',
  ),
  finalBill: L(
    '最后一张账单通常晚 1–2 个月到：付款方式（银行账户、信用卡）至少保留到 {latest}，有时还要多一个月。',
    'The final bill usually comes 1–2 months later: keep the payment method (bank account, card) until at least {latest}; sometimes a third month follows.',
    '最後の請求は通常1〜2か月後に届きます。支払い方法（口座・カード）は少なくとも{latest}まで残してください。3か月目になることもあります。',
  ),
  alreadyCancelled: L(
    '这条线路已在 {cancelledOn} 解约。',
    'This line was cancelled on {cancelledOn}.',
    'この回線は{cancelledOn}に解約済みです。',
  ),
  askBilling: L(
    '问运营商：最后一个月是收整月还是按天计算？',
    'Ask the carrier: is the last month charged in full or by the day?',
    '通信会社に確認：最後の月は満額ですか、日割りですか？',
  ),
  askCutoff: L(
    '问运营商：当天几点之前申请才算当天解约？',
    'Ask the carrier: until what time does a request count for the same day?',
    '通信会社に確認：何時までの申込みなら当日の解約になりますか？',
  ),
  askSimReturn: L(
    '问运营商：SIM 卡要在什么时候之前寄回？',
    'Ask the carrier: by when must the SIM card be back?',
    '通信会社に確認：SIMカードはいつまでに返却が必要ですか？',
  ),
  noLeavingDate: L(
    '没有填写离开日期，所以这一步没有日期。在“修改回答”里填上日期即可。',
    'No leaving date was given, so this step has no date. Add one under “Change answers”.',
    '出国日が未入力のため、この手順には日付がありません。「回答を変更」で入力できます。',
  ),
};
export type PlanTextKey = keyof typeof planTexts;
