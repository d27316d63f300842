// Phase 4 — after: the last bill, instalments, the proof, and leaving Japan.
import { L } from '../text';
import { notTravel, step } from './define';

export const afterSteps = [
  step({
    id: 'after.final-bill',
    phase: 'after',
    title: L('Wait for the final bill: keep the payment method open'),
    why: L(
      'The final bill usually arrives 1–2 months after cancelling. Closing the card or bank account too early turns it into an unpaid bill, which can affect future contracts in Japan.',
    ),
    how: L(
      'Keep the card or bank account, with 1–2 months of funds, until the last payment has gone through. When the bill comes, compare it with what you were told at cancellation and with the billing rule below. If something is unclear, ask {provider} with your records at hand.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep', 'end'] },
    documentIds: ['payment-method'],
    phraseIds: ['final-bill'],
    cites: ['billing', 'afterCancel'],
    citesGlobal: ['final-bill-timing', 'unpaid-shared'],
  }),
  step({
    id: 'after.instalments',
    phase: 'after',
    title: L('Handset instalments: keep paying or pay them off'),
    why: L(
      'Instalments do not stop with the line; a missed payment counts as unpaid, just like a phone bill.',
    ),
    how: L(
      'Check the remaining amount, the monthly debit date and the method. If you are leaving Japan, consider paying it off before you go, or make sure the debits can continue after you leave.',
    ),
    appliesTo: { ...notTravel, instalments: ['yes', 'unsure'] },
    documentIds: ['payment-method'],
    phraseIds: ['instalments'],
    citesGlobal: ['instalments-continue'],
  }),
  step({
    id: 'after.keep-proof',
    phase: 'after',
    title: L('Keep the proof until well after the last bill'),
    why: L(
      'Wrong charges can appear months, even a year, after cancelling; then only the records you kept can help you.',
    ),
    how: L(
      'Keep the reference number, e-mails, screenshots and any SIM-return tracking number in this app, and export a copy (for example a PDF) to cloud storage or a computer. Do not delete the confirmation e-mails.',
    ),
    appliesTo: { numberPlan: ['keep', 'end'] },
    documentIds: ['contract-papers'],
  }),
  step({
    id: 'after.residence-card',
    phase: 'after',
    title: L('Hand in the residence card at the airport'),
    why: L(
      'If you leave for good without a re-entry permit, the residence card must be returned, and not returning it can be fined. The phone and the card are separate tasks: do both.',
    ),
    how: L(
      'At departure immigration, tell the officer you are leaving for good; the card is punched and given back to you. If you plan to return, do not hand it in by mistake. If you forget, post it at once, as described below.',
    ),
    appliesTo: { ...notTravel, leaving: true, abroad: false, holderType: ['foreign-resident'] },
    documentIds: ['id-document'],
    citesGlobal: ['residence-card-return'],
  }),
  step({
    id: 'after.hotline-188',
    phase: 'after',
    title: L('If a dispute is likely, call 188 before you leave'),
    why: L(
      "188 is Japan's consumer hotline: it routes you to the consumer centre where you live, work or study. It answers in Japanese only, and it is a domestic number for people in Japan: call it before you leave.",
    ),
    how: L(
      'If there is a disagreement about charges, the cancellation date or the SIM return, call 188 before departure, with someone who speaks Japanese if you need to. Have a timeline ready — when, which channel, who said what — with the reference number, screenshots and contract papers, and say clearly what you want (for example, a charge removed).',
    ),
    appliesTo: { ...notTravel, leaving: true, abroad: false },
    documentIds: ['contract-papers'],
    citesGlobal: ['consumer-hotline-188', 'consumer-hotline-tourists'],
  }),
  step({
    id: 'after.residence-card-post',
    phase: 'after',
    title: L('Residence card not handed in at the airport: return it by post'),
    why: L(
      'A residence card that has lapsed goes back to the Immigration Services Agency, and not returning it can be fined. When it lapses depends on how you left, as explained below.',
    ),
    how: L(
      'If you left with a special re-entry permit (みなし再入国) and will not come back, or left for good without handing the card in, post it by a tracked method to the address below, with 「在留カード等返納」 on the front of the envelope, and keep the receipt and tracking number. If you may still come back within your permit’s period, keep the card.',
    ),
    appliesTo: { ...notTravel, abroad: true, holderType: ['foreign-resident'] },
    citesGlobal: ['residence-card-after-departure'],
  }),
  step({
    id: 'after.hold-next-topping',
    phase: 'after',
    title: L('Buy the next paid topping in time'),
    why: L(
      'The line stays only while a paid topping is bought often enough; after that it is suspended, and then the number is lost (the rule below).',
    ),
    how: L(
      'Buy a paid topping again by the date in the plan, from abroad if need be, with a payment method that still works. Each time you buy one, untick and tick this step again on that day: the plan counts the next period from it.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['hold'], rule: 'hold-top-up' },
    documentIds: ['portal-login', 'payment-method'],
    cites: ['hold'],
  }),
  step({
    id: 'after.hold-end',
    phase: 'after',
    title: L('Before the pause runs out: resume the line or let it go'),
    why: L(
      '{provider} keeps a paused number only for the longest period below; after that the number is lost, and the monthly fee is owed until then.',
    ),
    how: L(
      'Keep the monthly fee paid, with a card that keeps working. Before the date in the plan, resume the line, move the number to another carrier (MNP), or cancel, as you decide.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['hold'], rule: 'hold-suspension' },
    documentIds: ['payment-method'],
    cites: ['hold'],
  }),
];
