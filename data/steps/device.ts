// Phase 3 — device: the eSIM profile, the physical card (as the provider's rule says), the phone.
import { L } from '../text';
import { notTravel, step } from './define';

export const deviceSteps = [
  step({
    id: 'device.esim-delete',
    phase: 'device',
    title: L('Delete the eSIM only once the cancellation or switch is confirmed'),
    why: L(
      'Deleting the eSIM does not end the contract, and cancelling does not remove the eSIM. Delete too early and you may lose the SMS the cancellation needs — and a deleted profile cannot be restored.',
    ),
    how: L(
      'First make sure the cancellation (or the port) is confirmed. Then — iPhone: Settings → Cellular (or Mobile Data) → the plan → Delete eSIM. Pixel: Settings → Network & internet → SIMs → the eSIM → Erase SIM. Galaxy: Settings → Connections → SIM manager → the eSIM → Remove. Menu names vary a little by version. If you ported, delete only the old profile.',
    ),
    appliesTo: { ...notTravel, cardKind: ['esim'], numberPlan: ['keep', 'end'] },
    citesGlobal: ['esim-profile-vs-contract', 'esim-delete-needs-sms', 'esim-delete-menus'],
  }),
  step({
    id: 'device.sim-mail-back',
    phase: 'device',
    title: L('Mail the SIM card back'),
    why: L(
      '{provider} asks for the SIM card back (see the rule below); not returning it can bring a penalty.',
    ),
    how: L(
      'Send it after the cancellation is complete. Check the address and deadline below (if they are missing, ask {provider} first). Tape the card to a sheet of paper in an envelope, use tracked post if you can (such as レターパック or registered mail), and keep the tracking number and receipt. Do not cut a card that has to go back.',
    ),
    appliesTo: { cardKind: ['physical'], numberPlan: ['keep', 'end'], rule: 'sim-mail-back' },
    documentIds: ['return-envelope'],
    phraseIds: ['sim-return'],
    cites: ['simReturn'],
    producesProof: true,
  }),
  step({
    id: 'device.sim-cut-dispose',
    phase: 'device',
    title: L('Cut the SIM card and throw it away'),
    why: L(
      '{provider} does not need the card back, but the chip holds your number and other data, so cut it before throwing it away.',
    ),
    how: L(
      'Once the cancellation (or the port) is confirmed, take the card out of the phone, cut through the gold chip with scissors, and throw it away following your local waste rules.',
    ),
    appliesTo: { cardKind: ['physical'], numberPlan: ['keep', 'end'], rule: 'sim-self-dispose' },
    cites: ['simReturn'],
    citesGlobal: ['sim-cut-before-disposal'],
  }),
  step({
    id: 'device.sim-ask',
    phase: 'device',
    title: L('Ask whether the SIM card must go back'),
    why: L(
      "No reliable source was found for {provider}'s SIM-return rule. Some carriers want the card back and charge if it is not returned; others let you dispose of it.",
    ),
    how: L(
      'Ask when you cancel (the phrase below helps), or look in the cancellation e-mail or the member page. Until you know, keep the card safe — do not cut it or throw it away.',
    ),
    appliesTo: { cardKind: ['physical'], numberPlan: ['keep', 'end'], rule: 'sim-rule-unknown' },
    phraseIds: ['sim-return'],
    cites: ['simReturn'],
    citesGlobal: ['sim-cut-before-disposal'],
  }),
  step({
    id: 'device.travel-expire',
    phase: 'device',
    title: L('Let the travel eSIM expire, then delete it'),
    why: L(
      'A deleted eSIM usually cannot be reinstalled; deleting it while still valid throws away the days and data left.',
    ),
    how: L(
      'Before it expires, if you do not need it for now, just turn the line off (this does not pause the validity). Once it has expired and auto-renew is off, delete it in the SIM settings of your iPhone, Pixel or Galaxy (menus below).',
    ),
    appliesTo: { providerKind: ['travel-esim'], cardKind: ['esim'] },
    cites: ['afterCancel'],
    citesGlobal: ['esim-delete-menus', 'esim-profile-vs-contract'],
  }),
  step({
    id: 'device.phone-hand-back',
    phase: 'device',
    title: L('Before handing the phone back: sign out and reset it'),
    why: L(
      'The phone holds your photos, accounts and payment details, and a phone still linked to Find My may be refused.',
    ),
    how: L(
      'Back up first. Once the cancellation or port is confirmed, sign out of your Apple ID / Google account and turn off Find My, take out the SIM, then reset (iPhone: Settings → General → Transfer or Reset iPhone → Erase All Content and Settings; it asks whether to keep or delete eSIMs). With a return programme, hand the phone back in the way and by the date the programme sets, and keep the receipt.',
    ),
    appliesTo: { ...notTravel, phone: ['return'], numberPlan: ['keep', 'end'] },
    documentIds: ['phone-and-sim'],
    citesGlobal: ['instalments-continue', 'esim-profile-vs-contract'],
    producesProof: true,
  }),
];
