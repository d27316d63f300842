// Things to have ready. A document appears in a checklist when it applies to the profile and a
// step in that checklist asks for it.
import type { DocumentData } from './schema';
import { L } from './text';

const notTravel: DocumentData['appliesTo'] = { notProviderKind: ['travel-esim'] };

export const documents = [
  {
    id: 'id-document',
    title: L('Residence card or passport (本人確認書類)'),
    why: L('Staff ask for it to prove who you are. Have the original at hand: many do not accept copies.'),
    appliesTo: { ...notTravel, holderType: ['foreign-resident'] },
  },
  {
    id: 'id-document-national',
    title: L('ID (本人確認書類): My Number Card, driving licence or the like'),
    why: L(
      "Staff ask for it to prove who you are. Have the original at hand; {provider}'s own list says which IDs it accepts.",
    ),
    appliesTo: { ...notTravel, holderType: ['japanese-national'] },
  },
  {
    id: 'id-document-visitor',
    title: L('Passport (本人確認書類)'),
    why: L(
      'Staff ask for it to prove who you are. Have the original at hand, and any other ID you showed when you signed up.',
    ),
    appliesTo: { ...notTravel, holderType: ['visitor'] },
  },
  {
    id: 'phone-and-sim',
    title: L('The phone and the SIM card (or the phone holding the eSIM)'),
    why: L(
      'Online steps send SMS codes to it, and staff may ask for it to check the line and deal with the SIM.',
    ),
    appliesTo: {},
  },
  {
    id: 'network-pin',
    title: L('Network PIN (4 digits, ネットワーク暗証番号)'),
    why: L('The 4-digit code you chose at contract; staff and some online steps ask for it.'),
    secret: true,
    appliesTo: notTravel,
  },
  {
    id: 'portal-login',
    title: L('Login for the member page or app'),
    why: L(
      'Needed to cancel online, get an MNP reservation number and see bills. Recover it first if forgotten — staff usually cannot look it up for you.',
    ),
    secret: true,
    appliesTo: notTravel,
  },
  {
    id: 'seller-login',
    title: L('Login for the app or website you bought the eSIM from'),
    why: L(
      'Needed to see the end date and the data left, and to turn off auto-renew. Recover it before you need it.',
    ),
    secret: true,
    appliesTo: { providerKind: ['travel-esim'] },
  },
  {
    id: 'payment-method',
    title: L('The card or bank account that pays the bill'),
    why: L('The final bill and any instalments are charged to it; keep it open until everything is paid.'),
    appliesTo: notTravel,
  },
  {
    id: 'proxy-letter',
    title: L('委任状 (letter of authorisation) — only if someone goes for you'),
    why: L(
      'A proxy brings the letter, your ID (or a copy) and their own ID. Many carriers accept only family or similar proxies, and some require their own form.',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'relationship-proof',
    title: L('Proof of the relationship (戸籍謄本, 住民票 or the like) — only if family goes for you'),
    why: L(
      'Carriers that accept a family member ask for a document showing you are related; the rule with the step says what {provider} asks for.',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'seal',
    title: L('Personal seal (hanko): not needed if a signature is accepted'),
    why: L('Some shops ask for a seal; a signature is often accepted instead.'),
    appliesTo: notTravel,
  },
  {
    id: 'contract-papers',
    title: L('Contract papers and customer number'),
    why: L('To check the start date and the plan, and as evidence if there is a dispute later.'),
    appliesTo: notTravel,
  },
  {
    id: 'non-carrier-email',
    title: L('An e-mail address not from the carrier'),
    why: L(
      'Cancellation confirmations and papers must go to an address that still works after the line ends, such as Gmail.',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'mnp-number',
    title: L('The MNP reservation number (10 digits) and its expiry'),
    why: L('The new carrier asks for it at sign-up; if it expires you must get a new one.'),
    appliesTo: { numberPlan: ['keep'] },
  },
  {
    id: 'return-envelope',
    title: L('An envelope and tracked post'),
    why: L(
      'Returning the SIM by a tracked service such as レターパック or registered mail gives you a receipt and a tracking number as proof.',
    ),
    appliesTo: { cardKind: ['physical'], rule: 'sim-mail-back' },
  },
  {
    id: 'overseas-contact',
    title: L('A way to reach you after you leave'),
    why: L(
      'The final bill and questions from the carrier may come after you leave. Register an e-mail you keep, or an overseas address.',
    ),
    appliesTo: { leaving: true },
  },
] satisfies DocumentData[];
