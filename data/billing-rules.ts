// Bills after the line ends (issue 19): per provider, what its sources say about the bills that still
// come once the line has ended — when the last period's bill comes, charges that come later and how many
// months later, instalments, how to change the payment method or pay another way. Each statement cites
// its sources and says which numbers a person acts on (data/README.md: backed, or shown as resting on one
// source). A provider whose pages say nothing of it has no statements and says so (`none`): the general
// expectation (the global fact 'final-bill-timing') then applies, said to be general. The closing day
// and full month or pro rata stay the provider's own facts (billClosing, billing in providers.ts).
// electron/guide/bills.ts turns these and the day the line ends into the bills still to come.
import { z } from 'zod';
import { LocalizedTextSchema, NumbersSchema, SourceSchema } from './schema';
import { S } from './sources';
import { L } from './text';

export const BILLING_FACT_KINDS = [
  /** When the bill for the last period of use comes: the closing day and the month it is billed. */
  'billed',
  /** Charges that may come on a later bill; `monthsAfter`: how many months after that first bill. */
  'late',
  /** Device instalments once the line has ended. */
  'instalments',
  /** How to change the payment method (to a card that keeps working). */
  'change-method',
  /** Other ways to pay a bill (online, at a counter, other services). */
  'pay-otherwise',
  /** Where the bills can still be seen after cancelling. */
  'statements',
] as const;
export type BillingFactKind = (typeof BILLING_FACT_KINDS)[number];

export const BillingFactSchema = z
  .object({
    kind: z.enum(BILLING_FACT_KINDS),
    text: LocalizedTextSchema,
    /** For `late`: the most months after the last period's bill that charges may still come, where the
     * source says; absent where it names no count. */
    monthsAfter: z.number().int().min(1).max(6).optional(),
    sources: z.array(SourceSchema).min(1),
    /** The numbers its text states that a person acts on; false where none. Always said, never left to
     * a guess: a statement that states one is backed or shown as resting on one source. */
    numbers: NumbersSchema,
  })
  .strict()
  .refine((f) => f.monthsAfter === undefined || f.kind === 'late', 'only a late-charges fact counts months');
export type BillingFactData = z.infer<typeof BillingFactSchema>;

export const BillingRuleSchema = z
  .object({
    providerId: z.string().regex(/^[a-z0-9-]+$/),
    facts: z.array(BillingFactSchema),
    /** Where no page read says anything of bills after cancelling: said in so many words. */
    none: LocalizedTextSchema.optional(),
  })
  .strict()
  .refine(
    (r) => (r.facts.length === 0) === (r.none !== undefined),
    'a rule states facts or says it has none',
  );
export type BillingRuleData = z.infer<typeof BillingRuleSchema>;

/** The usual pattern where a provider's pages say nothing (the global fact 'final-bill-timing': bills
 * come 1–2, sometimes 3, months in arrears): the last month's bill the month after the line ends, and
 * late charges up to a month after that. */
export const GENERAL_BILLING = { factId: 'final-bill-timing', lateMonths: 1 } as const;

const NOT_FOUND = L(
  'No page read for this provider says when its bills come after cancelling, or for how long: the usual pattern applies. Confirm with the provider.',
);

export const billingRules: readonly BillingRuleData[] = [
  {
    providerId: 'docomo',
    facts: [
      {
        kind: 'billed',
        text: L('docomo closes its bills at the end of each month.'),
        sources: [S.sumahoOkageSoftbankClosing],
        numbers: 'deadline',
      },
    ],
  },
  {
    providerId: 'ahamo',
    facts: [
      {
        kind: 'billed',
        text: L('What is used up to the cancellation day is billed the following month.'),
        sources: [S.docomogeekAhamo],
        numbers: 'deadline',
      },
      {
        kind: 'late',
        text: L(
          'Some items come on a later bill: calls in about the last two hours before cancelling, late-payment interest and d払い purchases.',
        ),
        sources: [S.docomogeekAhamo],
        numbers: 'deadline',
      },
      {
        kind: 'instalments',
        text: L('Handset instalments go on after cancelling, or can be paid off at once.'),
        sources: [S.docomogeekAhamo],
        numbers: false,
      },
      {
        kind: 'change-method',
        text: L(
          'Change the payment method online (ドコモオンライン手続き); it applies from the next month’s payment. The card or account must be in the contract holder’s name, a card must pass 3-D Secure 2.0, and ahamo takes no debit form by post.',
        ),
        sources: [S.ahamoPaymentChange],
        numbers: 'deadline',
      },
    ],
  },
  {
    providerId: 'au',
    facts: [
      {
        kind: 'billed',
        text: L(
          'au bills each month’s use (the 1st to the month’s end) the following month, paid on the 25th or at the month’s end (bank debit or counter), or on the card company’s own date.',
        ),
        sources: [S.auPaymentDate, S.kddiMonthlyCharges],
        numbers: 'deadline',
      },
      {
        kind: 'late',
        monthsAfter: 1,
        text: L(
          'A small bill (under ¥5,000 by bank debit, under ¥330 at a counter) is combined with the next month’s, at most two months together, so the last charges can come a month later.',
        ),
        sources: [S.auSmallBills, S.kddiMonthlyCharges],
        numbers: 'fee',
      },
      {
        kind: 'instalments',
        text: L(
          'Instalments not paid off keep being billed after cancelling, by the same payment method as during the contract; they can also be paid off in one sum. If a contract ends for non-payment, the remaining instalments are billed at once.',
        ),
        sources: [S.auInstalmentsAfter, S.auAr1],
        numbers: false,
      },
      {
        kind: 'change-method',
        text: L(
          'If the card on file has expired, the bill comes as a payment slip to pay at a counter, with fees. Register a new card or account in My au, at an au shop, or by post with an application form.',
        ),
        sources: [S.auAr1],
        numbers: false,
      },
      {
        kind: 'pay-otherwise',
        text: L(
          'An unpaid bill can be paid online in My au (an au ID login is needed) or at convenience stores, except Seven-Eleven.',
        ),
        sources: [S.auRequestForPayment],
        numbers: false,
      },
    ],
  },
  {
    providerId: 'uq-mobile',
    facts: [
      {
        kind: 'billed',
        text: L(
          'UQ mobile bills each month’s use (the 1st to the month’s end) the following month, paid at the month’s end (bank debit or counter) or on the card company’s own date.',
        ),
        sources: [S.auPaymentDate],
        numbers: 'deadline',
      },
      {
        kind: 'instalments',
        text: L('The handset balance keeps being billed after cancelling.'),
        sources: [S.assistAllUq],
        numbers: false,
      },
      {
        kind: 'pay-otherwise',
        text: L(
          'An unpaid bill can be paid online in My UQ mobile (an au ID login is needed) or at convenience stores, except Seven-Eleven.',
        ),
        sources: [S.auRequestForPayment],
        numbers: false,
      },
    ],
  },
  {
    providerId: 'povo',
    facts: [
      {
        kind: 'billed',
        text: L(
          'povo’s charges close at the month’s end and are billed around the 10th–12th of the next month.',
        ),
        sources: [S.sitecreationPovo],
        numbers: 'deadline',
      },
    ],
  },
  {
    providerId: 'softbank',
    facts: [
      {
        kind: 'billed',
        text: L(
          'SoftBank closes each customer’s bill on the 10th, the 20th or the month’s last day; a billing period is paid the following month.',
        ),
        sources: [S.bitwaveSoftbankClosing, S.sumahoOkageSoftbankClosing],
        numbers: 'deadline',
      },
      {
        kind: 'instalments',
        text: L(
          'Instalments keep being billed after cancelling, and the あんしん保証パック device-care option continues unless you stop it.',
        ),
        sources: [S.instantWifiSoftbank],
        numbers: false,
      },
      {
        kind: 'change-method',
        text: L(
          'The payment method can be changed on the web, at a shop or by phone (whether that still works after cancelling is not stated); one traveller registered a home-country credit card to pay the last bill.',
        ),
        sources: [S.softbankContactList, S.caseySoftbank],
        numbers: false,
      },
      {
        kind: 'pay-otherwise',
        text: L('Overdue charges are shown in My SoftBank and can be paid there by credit card.'),
        sources: [S.softbankOverdue],
        numbers: false,
      },
    ],
  },
  { providerId: 'ymobile', facts: [], none: NOT_FOUND },
  {
    providerId: 'linemo',
    facts: [
      {
        kind: 'billed',
        text: L(
          'LINEMO’s bill closes at the month’s end; the amount is fixed around the 10th and a bill e-mail comes around the 12th.',
        ),
        sources: [S.apppsLinemo],
        numbers: 'deadline',
      },
      {
        kind: 'change-method',
        text: L('Bills can be paid by credit card, debit card, bank debit or PayPay.'),
        sources: [S.apppsLinemo],
        numbers: false,
      },
      {
        kind: 'statements',
        text: L(
          'Bills can be viewed in My Menu for 90 days after cancelling: save them in this app before then.',
        ),
        sources: [S.lkyojinLinemoBills],
        numbers: 'deadline',
      },
    ],
  },
  {
    providerId: 'rakuten-mobile',
    facts: [
      {
        kind: 'billed',
        text: L('Charged by use up to the cancellation day; the final bill arrives the following month.'),
        sources: [S.cancelatlasRakuten],
        numbers: 'deadline',
      },
    ],
  },
  { providerId: 'iijmio', facts: [], none: NOT_FOUND },
  { providerId: 'mineo', facts: [], none: NOT_FOUND },
  { providerId: 'ocn-mobile-one', facts: [], none: NOT_FOUND },
  { providerId: 'nuro-mobile', facts: [], none: NOT_FOUND },
  { providerId: 'linksmate', facts: [], none: NOT_FOUND },
  {
    providerId: 'sakura-mobile',
    facts: [
      {
        kind: 'change-method',
        text: L(
          'To pay by card instead of Smart Pit, change the method by the 25th for that month’s bill; prepaid cards are not accepted. The Smart Pit deposit is refunded to a Japanese bank account, PayPal, or a family member’s or friend’s account.',
        ),
        sources: [S.sakuraPaymentChange],
        numbers: 'deadline',
      },
    ],
  },
  {
    providerId: 'mobal',
    facts: [
      {
        kind: 'late',
        monthsAfter: 1,
        text: L(
          'Usage reports reach Mobal about 1–2 months late, so charges for outgoing calls and texts can still come in the months after termination.',
        ),
        sources: [S.mobalTerminate],
        numbers: 'deadline',
      },
      {
        kind: 'change-method',
        text: L(
          'Mobal e-mails a reminder before a registered card expires; update it in MyAccount (Account Information → Credit Cards → Update Card).',
        ),
        sources: [S.mobalUpdateCard],
        numbers: false,
      },
      {
        kind: 'pay-otherwise',
        text: L('Bills can be paid by international card, Alipay or PayPal.'),
        sources: [S.mobalPaymentOptions],
        numbers: false,
      },
    ],
  },
  { providerId: 'japan-wireless', facts: [], none: NOT_FOUND },
  {
    providerId: 'gtn-mobile',
    facts: [
      {
        kind: 'billed',
        text: L(
          'An invoice e-mail comes each month on the 8th–10th, with the last month’s basic fee and the calls and texts of the month before.',
        ),
        sources: [S.gtnPayment],
        numbers: 'deadline',
      },
      {
        kind: 'late',
        monthsAfter: 1,
        text: L(
          'Calls and texts are billed a month after the basic fee, so after cancelling the bills come for about two months.',
        ),
        sources: [S.gtnPayment],
        numbers: 'deadline',
      },
    ],
  },
  { providerId: 'fuji-wifi', facts: [], none: NOT_FOUND },
  {
    providerId: 'travel-esim',
    facts: [],
    none: L('A travel eSIM is paid in advance: nothing is billed after it ends.'),
  },
  { providerId: 'other-mvno', facts: [], none: NOT_FOUND },
  { providerId: 'unknown', facts: [], none: NOT_FOUND },
];

/** The texts electron/guide/bills.ts fills in: what each expected bill is, the payment method's warning,
 * the ways out. {provider} is the provider's name; months and days are filled in words. */
export const billTexts = {
  lastPeriod: L('The bill for the last month of use, up to the day the line ends ({lineEnds}).'),
  lastPeriodClosing: L(
    'The bill for the billing period the line ends in, which closes on {periodEnd} (the line ends on {lineEnds}).',
  ),
  lastPeriodClosingUnsure: L(
    'The bill for the billing period the line ends in: when it comes depends on your closing day, so the latest month it can come is shown.',
  ),
  late: L('Charges that come late, on a bill a month after.'),
  general: L(
    'No page read for {provider} says when its bills come after cancelling. Usually they come 1–2 months after the line ends, sometimes a third month: confirm with {provider}.',
  ),
  generalLate: L(
    'No page read for {provider} says how long charges can still come after that bill. Usually bills come 1–2 months after the line ends, sometimes a third month: confirm with {provider}.',
  ),
  titleLast: L('The last bill, expected in {month}'),
  titleBill: L('A bill expected in {month}'),
  titleRecorded: L('A bill for {month}'),
  warnBank: L(
    'You plan to close your bank account on {endsOn}, but bills may still come until {lastMonth}: a debit from a closed account fails and the bill goes unpaid.',
  ),
  warnBankClosed: L(
    'Your bank account was closed on {endsOn}, but bills may still come until {lastMonth}: a debit from a closed account fails and the bill goes unpaid.',
  ),
  warnCard: L('Your card expires at the end of {cardMonth}, but bills may still come until {lastMonth}.'),
  warnCardExpired: L(
    'Your card expired at the end of {cardMonth}, but bills may still come until {lastMonth}.',
  ),
  warnCounter: L(
    'A bill paid with a payment slip is paid at a convenience store or counter in Japan, but you leave on {leaving} and bills may still come until {lastMonth}.',
  ),
  warnCounterAbroad: L(
    'A bill paid with a payment slip is paid at a convenience store or counter in Japan, and you are abroad: bills may still come until {lastMonth}.',
  ),
  warnInstalments: L('Handset instalments go on after that, until they are paid off.'),
  askMethod: L(
    'How are the bills paid? Look at a bill or the carrier’s account page and say so here: the app then checks that the payment method lasts until the last bill.',
  ),
  wayCard: L('Switch to a card that keeps working until after {lastMonth}.'),
  wayKeep: L(
    'Keep the account or card, with enough money on it, until the last bill has been paid: at least until {lastBy}.',
  ),
  wayAsk: L('Ask {provider} how to change the payment method, and how a bill can be paid from abroad.'),
  reminder: L('{case}: a bill is expected this month. Record it when it comes, and check that it is paid.'),
};
export type BillTextKey = keyof typeof billTexts;
