// Phase 1 — prepare: what to decide and move while the line still works.
// Placeholders the engine fills: {provider}, {portal}, {leavingDate}.
import { L } from '../text';
import { notTravel, step } from './define';

export const prepareSteps = [
  // First for whom they apply: someone abroad reads what still reaches them before anything else, and
  // someone keeping the line reads how before the steps that assume a cancellation.
  step({
    id: 'prepare.abroad-access',
    phase: 'prepare',
    title: L('Already abroad: check what still reaches you'),
    why: L(
      'From abroad, shops and the domestic phone lines are out of reach, and doing it online often needs a code sent by SMS to this very number, a login to {portal} and an e-mail address that still works.',
    ),
    how: L(
      'Before you start: ① Is this SIM or eSIM still in a phone, and does that phone receive SMS where you are (roaming on)? ② Can you log in to {portal}? Recover the login now if not. ③ Which e-mail address is on the account? An address at the carrier’s own domain may already be dead: change it to one you keep. Below: what the sources say {provider} needs from abroad, what to do instead, and any number that takes calls from abroad.',
    ),
    appliesTo: { ...notTravel, abroad: true },
    documentIds: ['portal-login', 'phone-and-sim', 'non-carrier-email', 'overseas-contact'],
    cites: ['abroad', 'supportAbroad', 'portal'],
  }),
  step({
    id: 'prepare.proxy-offer',
    phase: 'prepare',
    title: L('Someone in Japan could go to a shop for you'),
    why: L(
      'If you cannot do it yourself without a shop, {provider} accepts someone going for you, as the rule below says: who may act for you, and what they bring.',
    ),
    how: L(
      'If a person the rule names (never a friend unless it says so) can go for you, change the answer to “How would you like to cancel?” to “Someone will go to a shop for me”: the checklist then shows what they bring and what you prepare for them.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['end'], rule: 'proxy-offer' },
    cites: ['proxy'],
  }),
  step({
    id: 'prepare.hold',
    phase: 'prepare',
    title: L('Keeping the number while you are away: how {provider} does it'),
    why: L(
      'Nothing is cancelled: the line stays with {provider} and keeps its number, for what its rule below costs and as long as its conditions are met.',
    ),
    how: L(
      'Read {provider}’s rule below: what it costs, how long it lasts and what you must keep doing. Keep a payment method that works from abroad, and if services send codes to this number, keep receiving SMS on it abroad (roaming on). If there is no way below, you can still move the number to another carrier or cancel: change the answer “Do you want to keep the phone number?”.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['hold'] },
    documentIds: ['payment-method'],
    cites: ['hold', 'abroad'],
  }),
  step({
    id: 'prepare.keep-number',
    phase: 'prepare',
    title: L('Keeping the number: prepare to port it (MNP)'),
    why: L(
      'When you port, the old line ends by itself the moment the new carrier completes the switch. Getting an MNP reservation number alone ends nothing, and cancelling first would lose the number.',
    ),
    how: L(
      'Choose the new carrier first and check whether both it and {provider} take part in MNP one-stop. If they do, apply only at the new carrier; if not, get an MNP reservation number from {provider} and finish the switch within its validity. Do not file a separate cancellation.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep'], rule: 'mnp-two-stop' },
    cites: ['mnpOneStop', 'channels'],
    citesGlobal: ['mnp-ends-old-line', 'mnp-one-stop', 'mnp-number-validity'],
  }),
  step({
    id: 'prepare.keep-number-one-stop',
    phase: 'prepare',
    title: L('Keeping the number: prepare to move it with MNP One-Stop'),
    why: L(
      '{provider} and {newProvider} both take part in MNP One-Stop: you apply only at {newProvider}, with no reservation number, and the old line ends by itself when the switch completes. Cancelling first would lose the number.',
    ),
    how: L(
      'Before you sign up with {newProvider}, make sure you can log in to your {provider} account: One-Stop asks you to confirm the move there. Do not file a separate cancellation.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep'], rule: 'mnp-one-stop' },
    documentIds: ['portal-login'],
    cites: ['mnpOneStop'],
    citesGlobal: ['mnp-ends-old-line', 'mnp-one-stop'],
  }),
  step({
    id: 'prepare.end-number',
    phase: 'prepare',
    title: L('Ending the number: make sure you can let it go'),
    why: L(
      'After a plain cancellation the number is gone for good and can no longer be moved to another carrier.',
    ),
    how: L(
      'If you may still need this number in Japan (for banks, work or school records), consider porting it to a cheap plan instead. Once you are sure, go on with the next steps.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['end'] },
    citesGlobal: ['plain-cancel-ends-number'],
  }),
  step({
    id: 'prepare.contract-check',
    phase: 'prepare',
    title: L('Check the contract: start date, renewal month and fees'),
    why: L(
      'Most plans no longer have a cancellation fee, but old contracts, short-term fees and the way the last month is billed can still cost you.',
    ),
    how: L(
      'In {portal} or your contract papers, look up the start date, the plan name and any renewal month, then compare with the fees below. If you received the contract document less than 8 days ago, see below whether {provider} offers the 8-day initial cancellation (初期契約解除) or only the confirmation measure (確認措置).',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep', 'end'] },
    documentIds: ['contract-papers', 'portal-login'],
    phraseIds: ['fees'],
    cites: ['fees', 'billing', 'earlyCancel'],
    citesGlobal: ['eight-day-cancellation'],
  }),
  step({
    id: 'prepare.instalments',
    phase: 'prepare',
    title: L('Check the handset balance (残債) and any return programme'),
    why: L(
      'Handset instalments usually keep running after the line ends, also once you are abroad. It is the most common surprise cost for people leaving Japan.',
    ),
    how: L(
      'Look up the remaining months and amount in {portal} or on the bill. Decide whether to pay it off at once, or keep paying in instalments and keep the payment method open. If you joined a return programme, check its conditions and the deadline for handing the phone back.',
    ),
    appliesTo: { ...notTravel, instalments: ['yes', 'unsure'] },
    documentIds: ['payment-method'],
    phraseIds: ['instalments'],
    cites: ['afterCancel'],
    citesGlobal: ['instalments-continue'],
  }),
  step({
    id: 'prepare.sim-unlock',
    phase: 'prepare',
    title: L('Keeping the phone: unlock it first'),
    why: L('After cancelling, an unlock may cost a fee or may no longer be possible online.'),
    how: L(
      'If the phone was bought from {provider}, request the unlock (SIMロック解除) in {portal} before you cancel; if you cannot find it there, ask {provider} where to request it. If you can, test with another carrier’s SIM afterwards.',
    ),
    appliesTo: { ...notTravel, phone: ['keep'], numberPlan: ['keep', 'end'] },
    phraseIds: ['sim-unlock'],
    citesGlobal: ['sim-unlock-first'],
  }),
  step({
    id: 'prepare.move-sms-logins',
    phase: 'prepare',
    title: L('Move SMS logins off this number while it still works'),
    why: L(
      'Banks, LINE, government services and crypto exchanges often send login codes by SMS. Once the number ends the codes stop, and resetting from abroad can be very hard.',
    ),
    how: L(
      'List the services that use this number: banks and cards, LINE, government online services, exchanges, shopping sites. Switch each to a new number, an authenticator app or e-mail, and save the recovery codes. For LINE, register a password and an e-mail first. In the Services tab, tick the ones you use from a list of common services, or add your own: each then becomes a step of its own, with what to do, where and its sources, in place of this one.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['end'] },
    citesGlobal: ['sms-logins'],
  }),
  step({
    id: 'prepare.carrier-email',
    phase: 'prepare',
    title: L('Stop using the carrier e-mail address'),
    why: L(
      'If {provider} gave you a carrier e-mail address, it stops when the line is cancelled or ported, even if you keep the number. Notices and cancellation papers sent there would be lost.',
    ),
    how: L(
      'Change the login and contact e-mail of your services, and of your account with {provider} itself, to an address you will keep, such as Gmail, and use it for the cancellation confirmation too.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep', 'end'] },
    documentIds: ['non-carrier-email'],
    cites: ['afterCancel'],
    citesGlobal: ['sms-logins'],
  }),
  step({
    id: 'prepare.points',
    phase: 'prepare',
    title: L('Use or move points and balances'),
    why: L(
      'Carrier points, prepaid balances and add-ons can vanish at cancellation and are usually not refunded.',
    ),
    how: L(
      'Check points and balances in {portal}. Move what can go to a points account you will keep and spend the rest before cancelling.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep', 'end'] },
    cites: ['afterCancel'],
    citesGlobal: ['points-vanish'],
  }),
  step({
    id: 'prepare.backup',
    phase: 'prepare',
    title: L("Back up the phone's data"),
    why: L(
      'Photos, contacts, chats and records in the carrier’s own call and message apps can be lost when you cancel, switch phones or delete an eSIM.',
    ),
    how: L(
      'Make a full backup to iCloud, your Google account or a computer. Back up LINE chats separately, and save any mail you need from the carrier mailbox.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep', 'end'] },
    cites: ['afterCancel'],
  }),
  step({
    id: 'prepare.options',
    phase: 'prepare',
    title: L('End options and bundled services tied to the line'),
    why: L(
      'Some options (device care, subscriptions, services paid through the phone bill) keep charging after the line ends, and bundled home internet does not end by itself — it only loses the discount.',
    ),
    how: L(
      'In {portal}, list every option and every service billed through the phone, then cancel each one or move it to another payment method. If you are leaving Japan, cancel home internet separately and return its equipment.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep', 'end'] },
    phraseIds: ['options'],
    cites: ['afterCancel'],
  }),
  step({
    id: 'prepare.choose-day',
    phase: 'prepare',
    title: L('Choose the day'),
    why: L(
      'Many carriers bill the last month in full, some have a monthly cut-off day, and late-evening requests can count as the next day. The wrong day can cost an extra month.',
    ),
    how: L(
      'Read the cut-off and billing rules below. With full-month billing, act a few days before the bill closes (the month-end at most carriers; the closing day is below where it differs), during the day; with a cut-off day, act before it. If you are leaving Japan, leave a few days of margin and act while you can still receive SMS.',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep', 'end'] },
    cites: ['cutoff', 'billing', 'billClosing'],
  }),
  step({
    id: 'prepare.leaving-plan',
    phase: 'prepare',
    title: L('Leaving Japan on {leavingDate}: plan backwards'),
    why: L(
      'Once you have left, SMS codes and domestic calls become hard, and nothing can be done in person. The final bill usually comes 1–2 months after cancelling, and unpaid amounts can affect future contracts in Japan.',
    ),
    how: L(
      'Finish the cancellation a few days before departure, not at the airport. Make sure the final bill can be paid from abroad: keep the credit card, or keep the bank account open until the last debit; register a foreign card if the carrier allows it.',
    ),
    appliesTo: { ...notTravel, leaving: true, abroad: false, numberPlan: ['keep', 'end'] },
    documentIds: ['payment-method', 'overseas-contact'],
    phraseIds: ['leaving', 'payment-after'],
    cites: ['afterCancel'],
    citesGlobal: ['cancel-before-departure', 'final-bill-timing', 'unpaid-shared'],
  }),
  step({
    id: 'prepare.travel-check',
    phase: 'prepare',
    title: L("Check the travel eSIM's end date and whether it renews"),
    why: L(
      'A one-off plan just ends when it expires, with nothing to cancel; a subscription renews and keeps charging.',
    ),
    how: L(
      'Open the app or website you bought it from and check the plan type, the end date and the data left. Note whether there is auto-renew or a subscription.',
    ),
    appliesTo: { providerKind: ['travel-esim'] },
    documentIds: ['seller-login'],
    cites: ['cancelChannels', 'billing'],
  }),
];
