// Facts that hold for every provider (MNP, eSIM menus, bills, residence card, 188), with sources
// from the fact sheet. Steps cite them by id; the checklist shows them with their sources.
import type { GlobalFactData } from './schema';
import { asOtherProviderPage, S } from './sources';
import { L } from './text';

export const globalFacts = [
  {
    id: 'mnp-ends-old-line',
    label: L('Porting and cancelling'),
    value: L(
      'Getting an MNP reservation number cancels nothing. The old contract ends by itself when the new carrier completes the switch; if you port, do not cancel the old line yourself.',
    ),
    sources: [S.oneplatMnp, S.benefonNumberCancel, asOtherProviderPage(S.ymobileAgreement), S.soumuMnp],
  },
  {
    id: 'plain-cancel-ends-number',
    label: L('The number after a plain cancellation'),
    value: L('A plain cancellation ends the number; it can no longer be ported afterwards.'),
    sources: [S.hikkoshiSoftbank, S.simchangeSoftbank],
  },
  {
    id: 'mnp-number-validity',
    label: L('The MNP reservation number'),
    value: L(
      'A 10-digit number, valid 15 days counting the issue day, and it cannot be extended; one got early simply expires early. Many new carriers want 10–13 days left on it for an online sign-up. Since April 2021 the transfer-out fee is free in principle.',
    ),
    sources: [
      S.simfreeMnp,
      S.simchangeMnp,
      S.isprMnpDays,
      asOtherProviderPage(S.ymobileNecessaries),
      asOtherProviderPage(S.povoMnpArticle),
      S.govOnlineMnp,
      S.soumuMnpFaq,
    ],
    numbers: 'deadline',
  },
  {
    id: 'mnp-one-stop',
    label: L('How MNP one-stop works'),
    value: L(
      'Since May 24, 2023, between participating carriers you apply only at the new carrier, with no reservation number. Participants as of July 3, 2023: docomo (incl. ahamo), au (incl. UQ mobile, povo), SoftBank (incl. Y!mobile, LINEMO), Rakuten Mobile, Japan Communications, b-mobile, Japanet and mineo.',
    ),
    sources: [S.benefonOneStop, S.inestOneStop, asOtherProviderPage(S.povoMnpArticle), S.govOnlineMnp],
    // The dates say since when; nothing to act on by them.
    numbers: false,
  },
  {
    id: 'eight-day-cancellation',
    label: L('Initial cancellation within 8 days'),
    value: L(
      'Under the Telecommunications Business Act a contract can be cancelled within 8 days of receiving the contract document (初期契約解除); a handset bought with it often cannot be returned, and some fees may still be charged. The three largest carriers use 確認措置 instead, which allows it only for poor coverage or an inadequate explanation.',
    ),
    sources: [S.soumuEarlyCancel],
    numbers: 'deadline',
  },
  {
    id: 'instalments-continue',
    label: L('Handset instalments'),
    value: L(
      "Even when the line itself can be cancelled for free, the remaining handset instalments (often 48 months) keep running or are billed at once, also after you go home. The big carriers' return programmes waive the rest if the phone is handed back after about two years: ask the carrier that sold the phone for its own.",
    ),
    sources: [S.relocationJapan, S.asciiReturnPrograms, S.ezicFeeGuide],
    numbers: 'deadline',
  },
  {
    id: 'sim-unlock-first',
    label: L('SIM lock'),
    value: L(
      'If you keep the phone, unlock it before cancelling; at some carriers it becomes a paid in-store procedure afterwards.',
    ),
    sources: [S.mobaoneYmobile, S.bitwaveDocomo],
  },
  {
    id: 'sms-logins',
    label: L('SMS logins and the carrier mailbox'),
    value: L(
      'Without the number, SMS codes stop arriving, and the carrier mailbox (an address at the carrier’s own domain) disappears at cancellation. A number you give up can later go to someone else. For LINE, register a password, the current number and an e-mail before switching.',
    ),
    sources: [
      S.pcyorozuLogins,
      S.thebaseSms,
      S.denwakunNumberChange,
      S.mynaviLine,
      S.nikkeiLine,
      S.soumuMnpFaq,
    ],
  },
  {
    id: 'points-vanish',
    label: L('Carrier points'),
    value: L('Carrier points can vanish at cancellation: use or move them first.'),
    sources: [S.howtoMnpPoints, S.kametokaruu],
  },
  {
    id: 'esim-profile-vs-contract',
    label: L('eSIM profile and contract'),
    value: L(
      'Deleting the eSIM profile does not cancel the plan; the account and billing go on until you cancel with the carrier. The other way round, cancelling does not remove the profile from the phone. Deleting cannot be undone and the same QR code cannot be reused.',
    ),
    sources: [
      S.gadgetsfeedEsim,
      S.esimStation,
      S.gadgetkenEsim,
      S.timsodEsim,
      S.masamobileLinemo,
      S.roboNaviEsim,
    ],
    esimOnly: true,
  },
  {
    id: 'esim-delete-menus',
    label: L('Where to delete an eSIM'),
    value: L(
      'iPhone: Settings → Cellular (Mobile Data) → the plan → Delete eSIM. Pixel: Settings → Network & internet → SIMs → the eSIM → Erase SIM. Galaxy: Settings → Connections → SIM manager → the eSIM → Remove. Labels vary by version.',
    ),
    sources: [S.communityFibreEsim, S.gadgetsfeedEsim, S.kaitoriEsim, S.otonaLifeEsim],
    esimOnly: true,
  },
  {
    id: 'esim-delete-needs-sms',
    label: L('Cancel first, delete after'),
    value: L(
      'Deleting the eSIM before cancelling can cost you the SMS needed for online cancellation: some carriers send the security code to the very line being cancelled.',
    ),
    sources: [S.docomoWebCancel],
    esimOnly: true,
  },
  {
    id: 'sim-cut-before-disposal',
    label: L('Cut before throwing away'),
    value: L('The chip holds your number and information: cut through it before you throw the card away.'),
    sources: [S.kotomobileReturn],
  },
  {
    id: 'final-bill-timing',
    label: L('The final bill'),
    value: L(
      'Bills usually come 1–2 (sometimes 3) months in arrears. Leave 1–2 months of funds; if the bill is paid by bank debit (口座振替), keep the account open until the last deduction. Fees continue while you are abroad unless you actually cancel.',
    ),
    sources: [S.oistCancelling, S.jetSendai, S.docosma, S.caseySoftbank, S.ritsumeikanFees],
    numbers: 'deadline',
  },
  {
    id: 'unpaid-shared',
    label: L('Unpaid amounts'),
    value: L('Unpaid amounts are shared between carriers and can affect future contracts in Japan.'),
    sources: [asOtherProviderPage(S.auLeavingCountry)],
  },
  {
    id: 'residence-card-return',
    label: L('Residence card'),
    value: L(
      'Leaving for good without a re-entry permit: tell the immigration officer at the airport; the card is punched and handed back, as the law wants it returned at once (直ちに) on such a departure. A card that lapses otherwise — the status of residence ends, the card expires, or a re-entry permit runs out while you are abroad — must be returned within 14 days, in person at a regional immigration bureau or by post to 〒135-0064 東京都江東区青海2-7-11 東京港湾合同庁舎9階 東京出入国在留管理局おだいば分室 with 「在留カード等返納」 on the envelope. Not returning it can be fined. Do not hand it in by mistake if you plan to come back.',
    ),
    sources: [
      S.mojResidenceCard,
      S.imsvisaResidenceCard,
      S.kofukuResidenceCard,
      S.ichiishinjiStatute,
      S.visaSaitamaStatute,
    ],
    numbers: 'deadline',
  },
  {
    id: 'residence-card-after-departure',
    label: L('Residence card not handed in at the airport'),
    value: L(
      'If you left with a special re-entry permit (みなし再入国) and then decide not to come back, post the card by a tracked method to 〒135-0064 東京都江東区青海2-7-11 東京港湾合同庁舎9階 東京出入国在留管理局おだいば分室, with 「在留カード等返納」 on the front of the envelope and the form 「在留カード等の返納について」 inside. The Immigration Services Agency gives 14 days from the day the card lapses, which for a re-entry permit is when its period ends without your return. If you left for good without a re-entry permit, the law says the card had to be returned at once (直ちに), normally at the airport: post it now, the same way. Not returning it can be fined. The Immigration Information Center takes calls from abroad on +81-3-5796-7112 (weekdays 8:30–17:15, Japan time).',
    ),
    sources: [
      S.mojResidenceCard,
      S.isaResidenceCardVi,
      S.isaInformationCenter,
      S.ichiishinjiStatute,
      S.visaSaitamaStatute,
      S.imsvisaResidenceCard,
    ],
    numbers: 'deadline',
    holderType: ['foreign-resident'],
  },
  {
    id: 'consumer-hotline-188',
    label: L('Consumer hotline 188'),
    value: L(
      'Dial 188 in Japan: this nationwide domestic number routes you, by your postal code, to the consumer centre where you live, work or study, which gives advice and can act between you and the business. The advice is free (you pay the call), and it answers in Japanese only: call before you leave if a dispute is likely.',
    ),
    // 188 itself says neither that it cannot be dialled from abroad nor that it can: it is a nationwide
    // number that routes by a Japanese postal code to the centre of the area you live, work or study in.
    sources: [S.govOnline188, S.caa188, S.caaHotline188],
    numbers: 'contact',
  },
  {
    id: 'consumer-hotline-tourists',
    label: L('Consumer Hotline for Tourists'),
    value: L(
      "The National Consumer Affairs Center's line for visitors, through an interpreter in English, Chinese, Korean, Thai, Vietnamese, French or Japanese: 03-5449-0906 (from abroad: +81-3-5449-0906), weekdays 10:00–16:00, except public holidays and 29 December – 3 January; you pay the call. Its yearly summaries count calls from foreign residents too, and from people who had already left Japan.",
    ),
    sources: [S.kokusenTourists2023, S.kokusenTourists2020, S.kamaishiTourists],
    numbers: 'contact',
    holderType: ['foreign-resident', 'visitor'],
  },
  {
    id: 'consumer-hotline-tourists-scope',
    label: L('What the Consumer Hotline for Tourists does'),
    value: L(
      'It gives advice by phone, through an interpreter; none of its pages we read says it takes a case up with the carrier for you. It mainly serves visitors with trouble during their stay in Japan, but it also takes calls from people who have left: in its first year, 36% of visitors’ calls came after they had left Japan.',
    ),
    sources: [S.kokusenTourists2020, S.kamaishiTourists],
    holderType: ['foreign-resident', 'visitor'],
  },
  {
    id: 'mic-telecom-consultation',
    label: L('Telecom consumer consultation (Ministry of Internal Affairs and Communications)'),
    value: L(
      'The ministry takes complaints about phone and internet services: by phone at its consultation centre and regional bureaus, and through a web form on its site (soumu.go.jp), which you can send from abroad. It listens, passes your complaint on to the carrier and gives advice, but it cannot mediate or negotiate a settlement, and it does not say how a report sent by the form was handled. No official page we read gives the centre’s phone number.',
    ),
    sources: [S.soumuConsumerCorner, S.soumuComplaints2020],
  },
  {
    id: 'cancel-before-departure',
    label: L('Cancel before departure'),
    value: L('Cancel before departure: airport carrier counters can be slow and may not accept a proxy.'),
    sources: [S.jetSendai, S.hokudaiChecklist],
  },
] satisfies GlobalFactData[];
