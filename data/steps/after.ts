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
    appliesTo: notTravel,
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
      'At departure immigration, tell the officer you are leaving for good; the card is punched and given back to you. If you plan to return, do not hand it in by mistake. If you forget, post it within 14 days as described below.',
    ),
    appliesTo: { ...notTravel, leaving: true, holderType: ['foreign-resident'] },
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
    appliesTo: { ...notTravel, leaving: true },
    documentIds: ['contract-papers'],
    citesGlobal: ['consumer-hotline-188', 'consumer-hotline-tourists'],
  }),
];
