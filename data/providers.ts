// Providers and their cancellation facts, from /work/shared/reference/japan-sim-facts.md.
//
// Honesty notes:
// - `checked` dates are 2026-11-25 throughout: the day each fact was verified against the fact
//   sheet, not a visit to the live page (the sheet gives no per-page reading date; see sources.ts).
// - Where the sheet flags a conflict (⚠️) or says "not found", the fact has status `conflict` or
//   `not-found` and value null; the step that cites it tells the person to confirm with the carrier.
// - A fact the sheet does not mention for a provider is simply absent; the engine treats it like
//   not-found. Nothing here (phone number, fee, address, deadline) goes beyond the sheet.
// - `network` is filled only where the sheet states it or the brand belongs to the network owner.
import type { LocalizedTextData, ProviderData } from './schema';
import { S } from './sources';
import { L } from './text';

const noFee = (label: LocalizedTextData, from: string | null = null) => ({
  label,
  amountYen: 0,
  from,
});

export const providers = [
  {
    id: 'docomo',
    name: L('NTT docomo'),
    kind: 'carrier',
    network: 'docomo',
    officialUrl: 'https://www.docomo.ne.jp/support/cancel/',
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'My docomo',
          cancelPath: null,
          mnpPath: 'My docomo → 契約内容・手続き → 携帯電話番号ポータビリティ(MNP)',
        },
        note: L(
          'Log in with the d ACCOUNT (dアカウント) tied to the number. Online cancellation sends an SMS code to this line and asks for an e-mail address that is not the @docomo.ne.jp one.',
        ),
        // docomo's own FAQ (for its ちかく plan) names My docomo as the page to cancel in.
        sources: [S.cancelatlasDocomo, S.docomoWebCancel, S.netsecurityDocomoMnp, S.docomoChikakuFaq],
      },
      cancelChannels: {
        status: 'found',
        value: ['online', 'shop'],
        note: L(
          'Phone cancellation is only for home 5G, not for mobile lines. A line tied to docomo Hikari, or some representative lines, may need a change first or a shop visit.',
        ),
        sources: [S.cancelatlasDocomo, S.spMobileDocomo],
        excluded: ['phone'],
      },
      mnpChannels: {
        status: 'found',
        value: ['online', 'shop', 'phone'],
        note: L('Unpaid bills can stop the MNP reservation number from being issued.'),
        sources: [S.netsecurityDocomoMnp],
      },
      cutoff: {
        status: 'found',
        value: { effective: 'same-day', deadlineDay: null, afterHoursFrom: null },
        note: L('After an online cancellation the line stops at once.'),
        sources: [S.docomoWebCancel],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.kaiyakuDocomo, S.cancelatlasDocomo] },
      earlyCancel: { status: 'found', value: 'confirmation-measure', sources: [S.soumuEarlyCancel] },
      fees: {
        status: 'found',
        value: [
          {
            label: L(
              'Short-term fee: a line opened (incl. by MNP) on or after this date and cancelled within a year, if it had almost no use or similar conditions apply (8-day initial cancellation and some plans excluded)',
            ),
            amountYen: 1100,
            from: '2025-03-01',
          },
          noFee(L('MNP transfer-out fee')),
          // Re-checked 2026-11-30: news reports quoting docomo's press release (engadget, corriente,
          // shimajiro-mobiler) say every fixed-term cancellation fee, old plans included, ended on
          // 2021-10-01. cancelatlas's "October 2019" is when new 2-year plans had it cut to ¥1,100.
          noFee(L('Cancellation fee on old 2-year contracts'), '2021-10-01'),
        ],
        note: L(
          "From October 2019 new 2-year plans had their fee cut to ¥1,100, which one comparison site reads as the end of lock-in fees; news reports quoting docomo's press release say the fee on every fixed-term contract, old plans included, ended on October 1, 2021.",
        ),
        sources: [
          S.usedoorDocomo,
          S.kaiyakuDocomo,
          S.cancelatlasDocomo,
          S.corrienteDocomoFees,
          S.shimajiroDocomoFees,
          S.engadgetDocomoFees,
          S.benefonDocomoFees,
          S.masamobileFees,
        ],
      },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          'Only a 2018 page said the card is handed back at cancellation; no current official rule was found.',
        ),
        sources: [S.kaiyakutaikaiDocomo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      support: {
        status: 'found',
        value: [
          {
            label: L('docomo Information Center, from a docomo phone (free)'),
            number: '151',
            hours: '9:00–20:00',
          },
          {
            label: L('docomo Information Center, from other phones'),
            number: '0120-800-000',
            hours: '9:00–20:00',
          },
        ],
        note: L(
          '151 is Japanese only. English, Chinese and other languages go to the docomo Information Center, but the page read showed no number for it.',
        ),
        sources: [S.docomoChikakuFaq, S.docomoEnglishHearty],
      },
      shop: {
        status: 'found',
        value: L(
          "Bring the contract holder's ID and the phone. A family member going for you needs the phone, their own ID, a 委任状 on docomo's form and a copy of your ID. docomo Shops offer interpreter help for foreign-language customers.",
        ),
        sources: [S.sumahoArekoreDocomo, S.docomoEnglishHearty],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'The @docomo.ne.jp mailbox stops at once. The d ACCOUNT stays (delete it separately if you wish); d POINTs stay usable through it, but points tied only to the line are lost without one. Handset instalments keep being billed, without the monthly discounts.',
        ),
        sources: [S.cancelatlasDocomo, S.mats2Dpoint],
      },
      proxy: {
        status: 'found',
        value: {
          allowed: true,
          who: ['family'],
          brings: ['proxy-letter', 'holder-id', 'proxy-id', 'relationship-proof', 'phone'],
          holderWritesLetter: true,
          ownForm: true,
          formUrl:
            'https://www.nttdocomo.co.jp/support/identification/index.html?icid=CRP_SUP_Procedure_to_CRP_SUP_identification',
        },
        note: L(
          "docomo's own page: a family member brings your ID, a 委任状, their own ID and a document proving the relationship (戸籍謄本, or a 住民票 without the My Number); proxies other than family are refused for new contracts. Third-party pages add that the letter is on docomo's own form, filled in entirely by you, and that the phone comes along.",
        ),
        sources: [S.docomoIdentification, S.bitwaveDocomoProxy, S.sumahoArekoreDocomo],
      },
      abroad: {
        status: 'found',
        value: { needs: ['sms-code', 'carrier-login'], instead: null },
        note: L(
          "To log in to My docomo, the d ACCOUNT's two-step check sends a security code by SMS or to your contact e-mail address, but docomo's page says it may go to SMS even when e-mail is chosen. What to do when the SMS cannot be received abroad was not found: ask docomo.",
        ),
        sources: [S.docomoTwoStep],
      },
      supportAbroad: {
        status: 'found',
        value: [
          {
            label: L(
              'docomo, from a docomo phone while abroad (free, 24 hours): for a lost or stolen phone; whether it takes a cancellation is not stated',
            ),
            number: '+81-3-6832-6600',
            hours: null,
          },
        ],
        sources: [S.takechanDocomoAbroad, S.tabroidAbroadLines],
      },
      hold: {
        status: 'found',
        value: {
          kind: 'suspension',
          name: '電話番号保管',
          channels: ['online', 'phone', 'shop'],
          inPerson: false,
          fees: [
            { label: L('Application fee'), amountYen: 1100, from: null },
            { label: L('Keeping the phone number, per month'), amountYen: 440, from: null },
            { label: L('Keeping the e-mail address too, per month (optional)'), amountYen: 110, from: null },
          ],
          maxMonths: 72,
          needs: ['payment-card'],
        },
        note: L(
          "News reports of docomo's announcement: up to 6 years for requests from October 1, 2022, a universal service fee on top, not for ahamo, and handset instalments keep running. One blog says it can be applied for online, by phone or at a docomo Shop, and that the call is free from a docomo phone even from abroad.",
        ),
        sources: [S.smaxDocomoNumberKeep, S.ktaiDocomoNumberKeep, S.taitaiDocomoNumberKeep],
      },
    },
  },
  {
    id: 'ahamo',
    name: L('ahamo (docomo online-only plan)'),
    kind: 'sub-brand',
    network: 'docomo',
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'ahamoサイト',
          cancelPath: '解約・その他 → お手続きする → 料金を確認 → 同意',
          mnpPath: null,
        },
        note: L(
          'Put the ahamo SIM in the phone first (set it as the main line on a dual-SIM phone). Error 44980: check you are logged in with the right d ACCOUNT and try again over Wi-Fi.',
        ),
        sources: [S.kuramobaAhamo, S.otegalAhamo],
      },
      cancelChannels: {
        status: 'found',
        value: ['online'],
        note: L('docomo Shops do not process ahamo cancellations, and there is no phone channel.'),
        sources: [S.otegalAhamo, S.crusieAhamo],
        excluded: ['shop', 'phone'],
      },
      mnpChannels: { status: 'found', value: ['online'], sources: [S.otegalAhamo, S.crusieAhamo] },
      billing: { status: 'found', value: 'full-month', sources: [S.smappyAhamo] },
      earlyCancel: { status: 'found', value: 'confirmation-measure', sources: [S.soumuEarlyCancel] },
      fees: {
        status: 'found',
        value: [
          {
            label: L(
              'Optional paid help at a docomo Shop (ahamoWebお申込みサポート); you operate the phone yourself',
            ),
            amountYen: 3300,
            from: null,
          },
          {
            label: L(
              'Conditional short-term fee: a line opened on or after this date and cancelled within a year, if it had no real use or another line in the same name was cancelled within a year',
            ),
            amountYen: 1100,
            from: '2025-03-01',
          },
        ],
        note: L(
          'Ordinary users pay no cancellation fee. People who moved from a docomo plan may still owe a deferred fee from that plan.',
        ),
        sources: [S.kashimoAhamo, S.assistAllAhamo, S.smappyAhamo, S.tigadgeAhamo],
      },
      simReturn: {
        status: 'found',
        value: { rule: 'self-dispose', address: null, deadline: null, penalty: null, tracked: false },
        sources: [S.smappyAhamo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.lkyojinAhamo] },
      afterCancel: {
        status: 'found',
        value: L('The d ACCOUNT and d POINTs stay usable after cancelling. Handset instalments continue.'),
        sources: [S.smappyAhamo],
      },
      abroad: {
        status: 'found',
        value: {
          needs: ['sms-code'],
          instead: L(
            'Ask in ahamo chat, where ahamo takes questions: two pages say a line whose SIM is lost or cannot receive SMS is cancelled by post, with forms from a dedicated page, but a third says post is not accepted in principle.',
          ),
        },
        sources: [S.docomogeekAhamo, S.crusieAhamo, S.assistAllAhamoNoPost, S.docomoAhamoChat],
      },
      hold: {
        status: 'found',
        value: { kind: 'not-offered' },
        note: L("docomo's 電話番号保管 does not take ahamo lines (news reports of docomo's announcement)."),
        sources: [S.smaxDocomoNumberKeep, S.ktaiDocomoNumberKeep],
      },
    },
  },
  {
    id: 'au',
    name: L('au (KDDI)'),
    kind: 'carrier',
    network: 'au (KDDI)',
    officialUrl: 'https://www.au.com/support/service/mobile/procedure/contract/cancel/',
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'My au',
          cancelPath:
            'My au → スマートフォン・携帯電話 → ご契約内容/手続き → お問い合わせ/お手続き → 解約のお手続き',
          mnpPath: null,
        },
        note: L('Log in with your au ID.'),
        sources: [S.kashimoAu],
      },
      cancelChannels: {
        status: 'found',
        value: ['online', 'shop'],
        note: L(
          "au's English page says people leaving Japan can visit an au Style / au shop or contact customer support.",
        ),
        sources: [S.keitaisoudanAu, S.kashimoAu, S.auLeavingCountry],
      },
      cutoff: {
        status: 'found',
        value: { effective: 'same-day', deadlineDay: null, afterHoursFrom: '21:10' },
        note: L(
          'Sources disagree on the time: one says requests after 21:40 count as the next day, another after 21:10; the earlier is shown. Online works 24 hours, but busy periods can also push completion to the next day; on the last day of the month the cancellation may fall into the next month.',
        ),
        sources: [S.kashimoAu, S.hachiAu],
        disputed: true,
      },
      billing: {
        status: 'found',
        value: 'full-month',
        proRatedPortsTo: ['uq-mobile', 'povo'],
        note: L(
          'Exception: moving the number between au and UQ mobile, or to povo2.0, is pro-rated. A bill under ¥5,000 paid by bank debit (under ¥330 paid at a counter) is combined with the next month’s, at most two months, so the last one can come later.',
        ),
        sources: [S.auEnglishSupport, S.auSmallBills],
        numbers: 'fee',
      },
      earlyCancel: { status: 'found', value: 'confirmation-measure', sources: [S.soumuEarlyCancel] },
      fees: {
        status: 'found',
        value: [
          noFee(L('Mobile contract cancellation fee (契約解除料): abolished'), '2022-03-31'),
          {
            label: L(
              'Conditional short-term fee: a line opened on or after this date and cancelled within a year, if au judges it was not taken out for normal use (number moves between au, UQ mobile and povo, the 8-day cancellation and Smile Heart lines excluded)',
            ),
            amountYen: 990,
            from: '2024-06-01',
          },
          {
            label: L(
              'One third-party page: lines opened from this month and cancelled within a year are charged (unverified; ask au)',
            ),
            amountYen: 1100,
            from: '2025-10',
          },
        ],
        note: L(
          "News reports of au's announcement of May 24, 2024 give the ¥990 fee. One later third-party page names ¥1,100 for lines from October 2025, without the normal-use condition; no other source confirms it. If your line is less than a year old, ask au before cancelling.",
        ),
        sources: [S.auFeeAbolished, S.roksAu, S.mynaviAuShortTermFee, S.ipodwaveAuShortTermFee],
      },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          'Only one user reported an au shop saying the SIM need not be returned; no official rule was found.',
        ),
        sources: [S.yoiNetAu],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      support: {
        status: 'found',
        value: [
          { label: L('English'), number: '0120-959-472', hours: '9:00–20:00' },
          { label: L('Chinese'), number: '0120-959-476', hours: '9:00–20:00' },
          { label: L('Portuguese'), number: '0120-959-473', hours: '9:00–20:00' },
          { label: L('Korean'), number: '0120-959-478', hours: '9:00–20:00' },
          { label: L('Tagalog'), number: '0120-933-952', hours: '9:00–20:00' },
          { label: L('Vietnamese'), number: '0120-933-961', hours: '9:00–20:00' },
          {
            label: L('Japanese, from an au phone'),
            number: '157',
            hours: '9:00–20:00',
          },
          {
            label: L('Japanese, from other phones'),
            number: '0077-7-111',
            hours: '9:00–20:00',
          },
        ],
        sources: [S.auEnglishSupport],
      },
      shop: {
        status: 'found',
        value: L(
          'Bring your original ID, a seal (a signature is fine) and the au phone, with the au IC card if you have it (not required). A proxy needs your ID (a copy is fine), a 委任状 and their own original ID; only guardians, family members or care-facility staff may act for you.',
        ),
        sources: [S.keitaisoudanAu],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Subscriptions paid through au PAY (auかんたん決済) must be cancelled by you. The auスマートバリュー discount ends by itself. Unpaid amounts are shared with other carriers and can affect future contracts; if a contract ends for non-payment, all remaining instalments are billed at once.',
        ),
        sources: [S.auPaySubscriptions, S.kaiyakuSmartValue, S.auLeavingCountry, S.auAr1],
      },
      proxy: {
        status: 'found',
        value: {
          allowed: true,
          who: ['family', 'care-facility-staff', 'guardian'],
          brings: ['proxy-letter', 'holder-id-or-copy', 'proxy-id'],
          holderWritesLetter: false,
          ownForm: null,
          formUrl: null,
        },
        note: L(
          "From third-party pages (au's own page on proxies was not found): a proxy may cancel and get an MNP reservation number, but not sign a new contract or change the PIN. One page names family or a parent with custody; another adds guardians and care-facility staff.",
        ),
        sources: [S.keitaisoudanAu, S.mats2AuProxy, S.notebookAuProxy],
      },
      abroad: {
        status: 'found',
        value: {
          needs: ['sms-code', 'carrier-login'],
          instead: L(
            "au's login pages: if the SMS (Cメール) with the one-time URL does not arrive, a barcode can be scanned instead with the latest My au app; the code can also go by e-mail (from auto@connect.auone.jp) to the contact address on your au ID — make sure it is one you can read abroad.",
          ),
        },
        note: L(
          "au's page for people leaving Japan says to cancel at an au Style / au shop or through customer support. The SMS code goes to the au phone registered on the au ID; one user abroad could no longer log in to My au because of it.",
        ),
        sources: [S.auLeavingCountry, S.auIdSmsCode, S.auIdMailCode, S.auIdBarcode, S.europeLifeAuLogin],
      },
      supportAbroad: {
        status: 'found',
        value: [
          {
            label: L(
              'au, from the au phone while abroad (free, 24 hours): for inquiries such as a lost or stolen phone; whether it takes a cancellation is not stated',
            ),
            number: '+81-3-6670-6944',
            hours: null,
          },
        ],
        note: L(
          "For calls from other phones, au's page 「海外からのお問い合わせ番号」 lists the numbers (that page was not read).",
        ),
        sources: [S.manualsbrainAuAbroad, S.tabroidAbroadLines],
      },
      hold: {
        status: 'found',
        value: {
          kind: 'suspension',
          name: '一時休止',
          channels: ['shop'],
          inPerson: true,
          fees: [],
          maxMonths: 60,
          needs: ['payment-card'],
        },
        note: L(
          "au's page (an older one) offers it for postings and study abroad: the number and the e-mail address are kept for up to 5 years, and the holder must come to an au shop in person. The current fees were not found: ask au.",
        ),
        sources: [S.auPause],
      },
    },
  },
  {
    id: 'uq-mobile',
    name: L('UQ mobile'),
    kind: 'sub-brand',
    network: 'au (KDDI)',
    officialUrl: 'https://www.uqwimax.jp/mobile/flow/mnp_cancel/',
    facts: {
      portal: {
        status: 'found',
        value: { name: 'My UQ mobile', cancelPath: null, mnpPath: null },
        note: L('Have your ID, the 4-digit PIN set at contract and your My UQ mobile login ready.'),
        sources: [S.assistAllUq],
      },
      cancelChannels: {
        status: 'conflict',
        value: null,
        note: L(
          'Sources disagree: one says phone cancellation ended in September 2024 and you cancel online or in a store; another says phone or web only, not in store. Both name online (My UQ mobile).',
        ),
        sources: [S.kaiyakuUq, S.appleGeeksUq],
        named: ['online', 'shop', 'phone'],
      },
      billing: {
        status: 'not-found',
        value: null,
        proRatedPortsTo: ['au', 'povo'],
        note: L(
          'Only moves of the number to au or povo2.0 are known to be charged by the day (basic fee); for anything else, ask UQ mobile.',
        ),
        sources: [S.auEnglishSupport],
      },
      earlyCancel: { status: 'found', value: 'confirmation-measure', sources: [S.soumuEarlyCancel] },
      simReturn: {
        status: 'found',
        value: { rule: 'self-dispose', address: null, deadline: null, penalty: null, tracked: false },
        sources: [S.newSmartphoneLife, S.winnovaSim],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      afterCancel: {
        status: 'found',
        value: L(
          'The MNP reservation number is valid 15 days including the day it is issued. The handset balance keeps being billed. Moving the number to au or povo2.0 is pro-rated (basic fee).',
        ),
        sources: [S.assistAllUq, S.auEnglishSupport],
        numbers: 'deadline',
      },
      abroad: {
        status: 'found',
        value: {
          needs: ['sms-code', 'carrier-login'],
          instead: L(
            "UQ mobile logs in with the au ID: if its two-step SMS or e-mail does not arrive, UQ's FAQ says to lift receive filters (allow connect.auone.jp).",
          ),
        },
        sources: [S.uqAuIdFilters],
      },
    },
  },
  {
    id: 'povo',
    name: L('povo2.0'),
    kind: 'sub-brand',
    network: 'au (KDDI)',
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: { name: 'povo2.0 アプリ / Web', cancelPath: null, mnpPath: null },
        sources: [S.getninePovo],
      },
      cancelChannels: { status: 'found', value: ['online', 'app'], sources: [S.getninePovo] },
      cutoff: {
        status: 'found',
        value: { effective: 'same-day', deadlineDay: null, afterHoursFrom: '20:00' },
        note: L(
          'A plain cancellation takes effect the same or the next day; requests between 20:00 and 9:30 are handled after 9:30.',
        ),
        sources: [S.getninePovo],
      },
      fees: {
        status: 'found',
        value: [noFee(L('Cancellation fee'))],
        sources: [S.getninePovo, S.masamobilePovo, S.kaiyakuPovo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.getninePovo, S.povoMnpArticle] },
      earlyCancel: { status: 'found', value: 'confirmation-measure', sources: [S.soumuEarlyCancel] },
      afterCancel: {
        status: 'found',
        value: L(
          'A cancellation cannot be undone, and re-joining does not bring the old number back. Paid toppings end with the base contract; what is left is not refunded.',
        ),
        sources: [S.getninePovo, S.kaiyakuPovo],
      },
      abroad: {
        status: 'found',
        value: {
          needs: ['sms-code'],
          instead: L(
            "Lines signed up from October 3, 2025 have roaming off by default, so SMS do not arrive abroad; povo's chat can turn it on (one page, quoting povo support).",
          ),
        },
        numbers: 'deadline',
        sources: [S.bababaxPovoRoaming],
      },
      hold: {
        status: 'found',
        value: {
          kind: 'top-up',
          channels: ['app', 'online'],
          everyDays: 180,
          endsAfterDays: 30,
          needs: ['payment-card', 'roaming-sms'],
        },
        note: L(
          'Counted from the day after the last paid topping expires. povo sends a notice by e-mail or SMS first, and its terms name an exception for lines with enough call and SMS charges. While a line is suspended, toppings cannot be bought in the app: contact povo support. A topping is charged at purchase to the registered payment method.',
        ),
        sources: [S.simfreePovoKeep, S.shimajiroPovoKeep, S.ipodPovoSuspended, S.povoToppingPayment],
      },
    },
  },
  {
    id: 'softbank',
    name: L('SoftBank'),
    kind: 'carrier',
    network: 'SoftBank',
    officialUrl: 'https://www.softbank.jp/mobile/support/cancellation/',
    facts: {
      portal: {
        status: 'found',
        value: { name: 'My SoftBank', cancelPath: null, mnpPath: null },
        sources: [S.cancelatlasSoftbank],
      },
      cancelChannels: {
        status: 'conflict',
        value: null,
        note: L(
          "Sources disagree: an aggregator says My SoftBank (9:00–20:00) or a shop; SoftBank's own undated procedures list says cancellation is shop-only. Both agree a plain cancellation cannot be done by phone.",
        ),
        sources: [S.cancelatlasSoftbank, S.softbankContactList, S.hikkoshiSoftbank],
        named: ['online', 'shop'],
        excluded: ['phone'],
      },
      mnpChannels: {
        status: 'found',
        value: ['online', 'shop', 'phone'],
        sources: [S.hikkoshiSoftbank, S.softbankContactList],
      },
      cutoff: {
        status: 'found',
        value: { effective: null, deadlineDay: null, afterHoursFrom: '20:00' },
        note: L(
          'Requests outside the online hours are handled from 9:00 on the next business day; no notice period.',
        ),
        sources: [S.cancelatlasSoftbank],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.cancelatlasSoftbank] },
      billClosing: {
        status: 'found',
        value: ['10', '20', 'month-end'],
        note: L(
          'Each closing day starts the next billing month. Find yours (請求締日) in My SoftBank under 支払い方法を確認する, or through SoftBank’s LINE account.',
        ),
        sources: [S.bitwaveSoftbankClosing, S.sumahoOkageSoftbankClosing],
      },
      earlyCancel: { status: 'found', value: 'confirmation-measure', sources: [S.soumuEarlyCancel] },
      fees: {
        status: 'found',
        value: [
          noFee(L('Early-termination fee (most plans): removed'), '2022-02-01'),
          {
            label: L(
              'New 12-month early-cancellation fee for contracts signed from this date (named by one source only)',
            ),
            amountYen: null,
            from: '2026-07-01',
          },
        ],
        sources: [S.instantWifiSoftbank, S.cancelatlasSoftbank],
      },
      simReturn: { status: 'not-found', value: null, sources: [S.cancelatlasSoftbank] },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      support: {
        status: 'found',
        value: [
          {
            label: L('From a SoftBank phone'),
            number: '157',
            hours: null,
          },
        ],
        note: L('Other current numbers and hours were not found.'),
        sources: [S.denwakunSoftbank],
      },
      shop: {
        status: 'found',
        value: L(
          'A proxy needs a 委任状, ID and proof of relationship; only family, care-facility staff or guardians may act for you.',
        ),
        sources: [S.bitwaveSoftbank],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Instalments keep being billed, and the あんしん保証パック device-care option continues unless you stop it. The last bill can come about two months after cancelling; a home-country credit card can be registered to pay it.',
        ),
        sources: [S.instantWifiSoftbank, S.caseySoftbank],
      },
      proxy: {
        status: 'found',
        value: {
          allowed: true,
          who: ['family', 'care-facility-staff', 'guardian'],
          brings: ['proxy-letter', 'id-unspecified', 'relationship-proof'],
          holderWritesLetter: true,
          ownForm: null,
          formUrl: null,
        },
        note: L("From one third-party page; SoftBank's own page on proxies was not found."),
        sources: [S.bitwaveSoftbank],
      },
      abroad: {
        status: 'not-found',
        value: null,
        note: L(
          "SoftBank's own procedures list marks a cancellation as shop only, while an aggregator names My SoftBank: no way to cancel from abroad was found. Ask SoftBank; the line below takes calls from abroad.",
        ),
        sources: [S.softbankContactList, S.cancelatlasSoftbank],
      },
      supportAbroad: {
        status: 'found',
        value: [
          {
            label: L(
              'SoftBank International Call Centre, from abroad (paid): for a lost or stolen phone; whether it takes a cancellation is not stated',
            ),
            number: '+81-92-687-0025',
            hours: null,
          },
        ],
        sources: [S.softbankAbroadLine],
      },
      hold: {
        status: 'found',
        value: {
          kind: 'suspension',
          name: null,
          channels: ['shop'],
          inPerson: false,
          fees: [],
          maxMonths: null,
          needs: ['payment-card'],
        },
        note: L(
          'One 2017 page: a suspension at a SoftBank shop, with ID, for ¥3,000 to apply and ¥390 a month, before tax. No current page was found: ask SoftBank whether it is still offered and what it costs.',
        ),
        numbers: 'fee',
        sources: [S.hitoritabiSuspend],
      },
    },
  },
  {
    id: 'ymobile',
    name: L('Y!mobile'),
    kind: 'sub-brand',
    network: 'SoftBank',
    officialUrl: 'https://ymobile.jp/support/process/cancellation/agreement/',
    facts: {
      portal: {
        status: 'found',
        value: { name: 'My Y!mobile', cancelPath: null, mnpPath: null },
        note: L('Log in with the phone number and password.'),
        sources: [S.ymobileAgreement],
      },
      cancelChannels: {
        status: 'found',
        value: ['online', 'phone', 'shop'],
        sources: [S.netsecurityYmobile, S.ymobileAgreement],
      },
      cutoff: {
        status: 'found',
        value: { effective: null, deadlineDay: null, afterHoursFrom: '20:00' },
        note: L(
          'Online requests are accepted 24 hours; those after 20:00 are processed the next day. If you port your number, do not cancel: do only the MNP procedure.',
        ),
        sources: [S.ymobileAgreement],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.mobaoneYmobile] },
      earlyCancel: {
        status: 'found',
        value: 'confirmation-measure',
        note: L(
          'Y!mobile counts the 8 days from the service start or the receipt of the contract document, whichever is later.',
        ),
        sources: [S.soumuEarlyCancel, S.ymobileEightDay, S.simmobaYmobileEightDay],
      },
      mnpMinDaysLeft: { status: 'found', value: 10, sources: [S.ymobileNecessaries] },
      simReturn: {
        status: 'found',
        value: { rule: 'self-dispose', address: null, deadline: null, penalty: null, tracked: false },
        sources: [S.winnovaSim],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      shop: {
        status: 'found',
        value: L(
          'An older list for the store: original ID, seal, the phone and the SIM card; copies of ID are not accepted.',
        ),
        sources: [S.oldYmobileShop],
      },
      afterCancel: {
        status: 'found',
        value: L('After cancelling, a SIM unlock becomes a paid in-store procedure, so unlock before.'),
        sources: [S.mobaoneYmobile],
      },
      proxy: {
        status: 'found',
        value: {
          allowed: true,
          who: ['family'],
          brings: [],
          holderWritesLetter: false,
          ownForm: null,
          formUrl: null,
        },
        note: L(
          'One 2018 page: only family, and only in unavoidable circumstances (the rest of its sentence was cut off). What the proxy brings was not found: ask Y!mobile first.',
        ),
        sources: [S.ymobilePost2018],
      },
      abroad: {
        status: 'found',
        value: {
          needs: ['carrier-login'],
          instead: L(
            'A 2018 page says that where no Y!mobile shop is near, the customer centre handles a cancellation by post: ask Y!mobile whether that still applies.',
          ),
        },
        note: L('Whether logging in to My Y!mobile from abroad needs an SMS code was not found.'),
        sources: [S.ymobilePost2018],
      },
    },
  },
  {
    id: 'linemo',
    name: L('LINEMO'),
    kind: 'sub-brand',
    network: 'SoftBank',
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: { name: 'My Menu', cancelPath: null, mnpPath: null },
        note: L('SMS verification is needed; from abroad you may not receive it.'),
        sources: [S.assistAllLinemo],
      },
      cancelChannels: { status: 'found', value: ['online'], sources: [S.assistAllLinemo] },
      mnpChannels: {
        status: 'found',
        value: ['online'],
        note: L(
          'Moving to SoftBank or Y!mobile needs no MNP reservation number; numbers requested after 20:00 are issued after 9:00 the next day.',
        ),
        sources: [S.kitilabelLinemo],
        numbers: 'deadline',
      },
      cutoff: {
        status: 'found',
        value: { effective: null, deadlineDay: null, afterHoursFrom: '20:00' },
        sources: [S.kashimoLinemo, S.smappyLinemo],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.assistAllLinemo] },
      earlyCancel: { status: 'found', value: 'confirmation-measure', sources: [S.soumuEarlyCancel] },
      fees: {
        status: 'found',
        value: [
          {
            label: L('Cancelled in the same month the line was opened (lines signed up from this date)'),
            amountYen: 990,
            from: '2024-06-01',
          },
          noFee(L('Cancellation fee otherwise')),
        ],
        note: L(
          'The fee for cancelling in the month the line was opened is named by one third-party site only, and another site says there is no fee at all. If you cancel in the month you joined, ask LINEMO first.',
        ),
        sources: [S.assistAllLinemo, S.masamobileFees],
        disputed: true,
      },
      simReturn: {
        status: 'found',
        value: { rule: 'self-dispose', address: null, deadline: null, penalty: null, tracked: false },
        note: L(
          'No penalty for not returning it. An eSIM has nothing to return, but delete the eSIM profile yourself after cancelling.',
        ),
        sources: [S.kotomobileReturn, S.assistAllLinemo, S.masamobileLinemo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      abroad: {
        status: 'found',
        value: { needs: ['sms-code'], instead: null },
        note: L(
          'The cancellation includes an identity check by SMS; one page says it can be done from abroad once you have checked that SMS reach you.',
        ),
        sources: [S.kashimoLinemo, S.assistAllLinemo],
      },
    },
  },
  {
    id: 'rakuten-mobile',
    name: L('Rakuten Mobile'),
    kind: 'carrier',
    network: 'Rakuten Mobile',
    officialUrl: 'https://network.mobile.rakuten.co.jp/guide/cancellation/',
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'my 楽天モバイル',
          cancelPath:
            '契約プラン → 各種手続き「その他のお手続き」 → 「解約のお手続き」 → 「解約」 (English: Contract Plan → Other Procedures → Cancellation Procedure)',
          mnpPath: '契約プラン → 各種手続き「その他のお手続き」 → 「他社へのお乗り換え(MNP)」',
        },
        note: L(
          'Log in with your Rakuten ID. Shops cannot look up your Rakuten ID or password; recover it through Rakuten yourself. The flow includes a questionnaire and a one-time password.',
        ),
        sources: [S.straightappsRakuten, S.mobileContractGuideRakuten, S.mobaoneRakuten],
      },
      cancelChannels: {
        status: 'found',
        value: ['online', 'app'],
        note: L('No phone or in-person channel for the current plan.'),
        sources: [S.cancelatlasRakuten],
        excluded: ['shop', 'phone'],
      },
      mnpChannels: { status: 'found', value: ['online', 'app'], sources: [S.straightappsRakuten] },
      cutoff: {
        status: 'found',
        value: { effective: 'same-day', deadlineDay: null, afterHoursFrom: null },
        sources: [S.cancelatlasRakuten],
      },
      billing: {
        status: 'found',
        value: 'usage-based',
        note: L('The last bill comes the following month.'),
        sources: [S.cancelatlasRakuten],
      },
      fees: {
        status: 'found',
        value: [
          {
            label: L('Cancelling within one year of activation (at most)'),
            amountYen: 1078,
            from: '2025-04-01',
          },
        ],
        sources: [S.cancelatlasRakuten, S.appllioRakutenFee],
      },
      simReturn: {
        status: 'found',
        value: { rule: 'either', address: null, deadline: null, penalty: null, tracked: false },
        note: L(
          'Since January 18, 2023: return the card, or cut it as instructed and throw it away. Old Rakuten SIMs from the docomo/au-network (MVNO) era must still be mailed to 〒143-0006 東京都大田区平和島3-5-1 B棟2F (楽天モバイル SIM回収係). An eSIM has nothing to return.',
        ),
        sources: [S.rakutenSimRule, S.wacarunetRakuten, S.rei01Rakuten],
        numbers: 'contact',
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      support: {
        status: 'not-found',
        value: null,
        note: L('Only obsolete old numbers were found; they are not usable.'),
        sources: [S.cancelatlasRakuten],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Rakuten Link history is deleted at cancellation, so back it up first; 楽メール is kept for 31 days. A completion e-mail is sent. Instalments continue.',
        ),
        sources: [S.cancelatlasRakuten, S.cosodateRakuten, S.mobileContractGuideRakuten],
        numbers: 'deadline',
      },
      abroad: {
        status: 'found',
        value: {
          needs: ['sms-code'],
          instead: L(
            'Check first that you can receive SMS or read your e-mail for the one-time password. The plan includes 2 GB a month of roaming data abroad, switched on in my 楽天モバイル (one page).',
          ),
        },
        // A data allowance: nothing to pay, nor to meet by a date.
        numbers: false,
        sources: [S.mobileContractGuideRakuten, S.appllioRakutenRoaming],
      },
      hold: {
        status: 'found',
        value: { kind: 'not-offered' },
        note: L('An aggregator citing Rakuten Mobile’s pages: no pause or freeze is offered.'),
        sources: [S.cancelatlasRakuten],
      },
    },
  },
  {
    id: 'iijmio',
    name: L('IIJmio'),
    kind: 'mvno',
    network: null,
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'IIJmio 会員専用ページ',
          cancelPath: 'サービスのご解約 → サービスコードを選ぶ → 最短の解約日を確認 → 確定',
          mnpPath: null,
        },
        note: L('Log in with your mioID and password.'),
        sources: [S.esimReviewIij, S.simlaboIij],
      },
      cancelChannels: {
        status: 'found',
        value: ['online'],
        note: L('Not by phone.'),
        sources: [S.esimReviewIij],
        excluded: ['phone'],
      },
      cutoff: {
        status: 'found',
        value: { effective: 'month-end', deadlineDay: null, afterHoursFrom: null },
        note: L(
          'Ends at the end of the month you apply, usable until then (an MNP port ends it when switched); a request very late on the last day may roll to the next month-end.',
        ),
        sources: [S.simlaboIij],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.esimReviewIij, S.masamobileIij] },
      earlyCancel: {
        status: 'found',
        value: 'initial-cancellation',
        note: L(
          'Apply through the form on IIJmio’s website, or by calling the IIJ Support Center for a paper form.',
        ),
        sources: [S.selectraIij, S.boxilIij],
      },
      fees: {
        status: 'found',
        value: [
          noFee(L('ギガプラン: cancellation and MNP-out fees')),
          {
            label: L('Old mioモバイル voice SIM cancelled within 12 months (解除調定金)'),
            amountYen: 1000,
            from: null,
          },
        ],
        sources: [S.esimReviewIij, S.masamobileIij],
      },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          'Older pages said the SIM is on loan and should be mailed back at your cost, with no deadline or penalty; whether this still applies is not verified.',
        ),
        sources: [S.manetatsuIij, S.simchangeIij],
      },
      support: {
        status: 'found',
        value: [
          {
            label: L('IIJ Support Center (incl. 8-day initial cancellation)'),
            number: '0570-09-4400',
            hours: '9:00–19:00',
          },
        ],
        sources: [S.selectraIij, S.winnovaIij],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'If the card payment for the last bill fails, IIJmio posts an invoice (a sealed postcard, around the 6th–10th of the month) to pay at a convenience store; unpaid by its deadline, the service can be suspended and then the contract cancelled. Keep the card valid until the last bill is paid.',
        ),
        sources: [S.iijmioInvoice],
        numbers: 'deadline',
      },
    },
  },
  {
    id: 'mineo',
    name: L('mineo'),
    kind: 'mvno',
    network: 'docomo / au (plan-dependent)',
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'My mineo',
          cancelPath: '各種サポート → 解約・MNP予約番号発行',
          mnpPath: '各種サポート → 解約・MNP予約番号発行',
        },
        sources: [S.taikaiMineo],
      },
      cancelChannels: {
        status: 'found',
        value: ['online'],
        note: L('Online only, 9:00–21:00 every day (not 24 hours).'),
        sources: [S.simlaboMineo, S.sumahoSupportlineMineo],
        numbers: 'contact',
        excluded: ['shop', 'phone'],
      },
      mnpChannels: { status: 'found', value: ['online'], sources: [S.taikaiMineo] },
      cutoff: {
        status: 'found',
        value: { effective: 'same-day', deadlineDay: null, afterHoursFrom: null },
        sources: [S.simlaboMineo],
      },
      billing: {
        status: 'found',
        value: 'pro-rated',
        note: L(
          "Some options are billed for the full month. Exception, from mineo's terms as quoted on mineo's own community site: a new line ended by the end of the month after it started pays the full basic fee for the last month.",
        ),
        sources: [S.simlaboMineo, S.mineoTermsQuoted],
      },
      simReturn: {
        status: 'found',
        value: {
          rule: 'mail-back',
          address: null,
          deadline: null,
          penalty: L('Some plans charge a 損害金 if it is not returned (amount not found)'),
          tracked: false,
        },
        note: L(
          'D-plan (docomo network) cards go back to the address in the e-mail sent after cancelling, postage paid by you; A-plan (au network) cards need no return — dispose of them yourself.',
        ),
        sources: [S.simqqMineo, S.taikaiMineo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
    },
  },
  {
    id: 'ocn-mobile-one',
    name: L('OCN Mobile ONE'),
    kind: 'mvno',
    network: null,
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'OCNマイページ',
          cancelPath:
            '解約の手続き → 契約している全てのOCNサービスの解約はこちら → 解約手続きに進む → OCN全契約のご解約 → お客様番号・認証ID・認証パスワード → 解約する',
          mnpPath: null,
        },
        sources: [S.kashimoOcn],
      },
      cancelChannels: { status: 'found', value: ['online'], sources: [S.kashimoOcn] },
      billing: { status: 'found', value: 'full-month', sources: [S.simtaroOcn] },
      fees: {
        status: 'found',
        value: [
          {
            label: L('Old plans: minimum-period fee (signed up to September 30, 2019)'),
            amountYen: 8000,
            from: null,
          },
          {
            label: L('Old plans: minimum-period fee (signed from this date)'),
            amountYen: 1000,
            from: '2019-10-01',
          },
          noFee(L('New plan (from this date): no minimum period'), '2019-11-20'),
        ],
        sources: [S.simtaroOcn, S.ocnFaqList],
      },
      simReturn: {
        status: 'found',
        value: {
          rule: 'mail-back',
          address: '〒261-7101 WBG郵便局留 OCN SIM回収係',
          deadline: null,
          penalty: null,
          tracked: false,
        },
        note: L(
          'The SIM is on loan. Tape it to a sheet of paper, put it in an envelope with postage and mail it. No penalty amount is listed.',
        ),
        sources: [S.hitorinezumiOcn, S.kakuyasuSimReturn],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Closed to new sign-ups since June 26, 2023; existing lines continue. If the SIM still works after cancelling and you use it, that use is billed.',
        ),
        sources: [S.assistAllOcn, S.caheoreOcn],
        // The date says since when new lines are refused: nothing to act on.
        numbers: false,
      },
    },
  },
  {
    id: 'nuro-mobile',
    name: L('NURO Mobile'),
    kind: 'mvno',
    network: null,
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'NUROモバイル ご利用者向けページ',
          cancelPath: 'サービスを解約する → 注意事項を確認 → 月末解約（MNPなら「MNP転出による解約」）',
          mnpPath: 'サービスを解約する → MNP転出による解約',
        },
        note: L(
          "The login ID is the SIM's phone number. The first password is printed on the back of the SIM card's holder and can also be looked up on the phone; with an eSIM, look it up on the phone.",
        ),
        sources: [S.kaiyaku110Nuro, S.tsunagaruNuro, S.nuroFaqMemberPage],
      },
      cancelChannels: { status: 'found', value: ['online'], sources: [S.centermobileNuro] },
      mnpChannels: { status: 'found', value: ['online'], sources: [S.kaiyaku110Nuro] },
      cutoff: {
        status: 'found',
        value: { effective: 'month-end', deadlineDay: null, afterHoursFrom: null },
        note: L('Usable until the month-end; once done it cannot be withdrawn.'),
        sources: [S.kaiyaku110Nuro, S.tsunagaruNuro, S.best5Nuro],
      },
      fees: {
        status: 'found',
        value: [noFee(L('Cancellation fees: fully removed'), '2022-04')],
        note: L('What you pay at the end: the last month plus any handset balance.'),
        sources: [S.centermobileNuro],
      },
      simReturn: {
        status: 'found',
        value: {
          rule: 'mail-back',
          address: '〒343-0851 埼玉県越谷市七左町4-301 So-net 物流センター SIM返却係',
          deadline: null,
          penalty: L('0SIM plan: a SIM-card 損害金 if it is not returned, or comes back damaged or cut'),
          tracked: false,
        },
        note: L('Postage is paid by you.'),
        sources: [S.tsunagaruNuro, S.zeroSimNuro],
      },
    },
  },
  {
    id: 'linksmate',
    name: L('LinksMate'),
    kind: 'mvno',
    network: null,
    officialUrl: 'https://linksmate.jp/support/',
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'LinksMate マイページ',
          cancelPath: 'SIMカードの追加・削除 → SIMを1枚ずつ削除（最後の1枚で契約終了）',
          mnpPath: null,
        },
        sources: [S.kigsLinksmate, S.mamitoLinksmate],
      },
      cancelChannels: {
        status: 'found',
        value: ['online'],
        note: L('No phone cancellation.'),
        sources: [S.kigsLinksmate, S.mamitoLinksmate],
        excluded: ['phone'],
      },
      cutoff: {
        status: 'found',
        value: { effective: 'month-end', deadlineDay: null, afterHoursFrom: null },
        sources: [S.kigsLinksmate],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.kigsLinksmate] },
      fees: {
        status: 'found',
        value: [
          {
            label: L('Plan cancellation fee when the last SIM in the group is deleted'),
            amountYen: 3300,
            from: null,
          },
          noFee(L('MNP transfer-out fee')),
        ],
        sources: [S.inestLinksmate, S.ktaimilerLinksmate],
      },
      simReturn: {
        status: 'found',
        value: { rule: 'mail-back', address: null, deadline: null, penalty: null, tracked: false },
        note: L(
          'Return postage is at your cost. The address, deadline and penalty were not found: ask LinksMate.',
        ),
        sources: [S.ktaimilerLinksmate],
      },
      support: {
        status: 'found',
        value: [
          {
            label: L('LinksMate customer center (landline, mobile)'),
            number: '0120-404-513',
            hours: '9:00–18:00',
          },
          {
            label: L('LinksMate customer center (IP phones)'),
            number: '050-3786-5404',
            hours: '9:00–18:00',
          },
        ],
        sources: [S.linksmateSupport],
      },
    },
  },
  {
    id: 'sakura-mobile',
    name: L('Sakura Mobile'),
    kind: 'foreigner-focused',
    network: null,
    officialUrl: 'https://support.sakuramobile.jp/hc/en-us/sections/26791289208473-Payment-Cancellation',
    facts: {
      portal: {
        status: 'found',
        value: { name: 'Sakura Mobile My Page', cancelPath: null, mnpPath: null },
        sources: [S.sakuraHomeWifi],
      },
      cancelChannels: {
        status: 'not-found',
        value: null,
        note: L(
          'The help centre has an article "How do I terminate/cancel my eSIM contract?", but its content was not seen.',
        ),
        sources: [S.sakuraCancelSection],
      },
      cutoff: {
        status: 'not-found',
        value: null,
        note: L(
          'The "25th of the month" rule was seen only for Home WiFi / Home Internet and for plan changes. While a plan change is pending you cannot submit a termination or MNP request.',
        ),
        sources: [S.sakuraHomeWifi, S.sakuraPlanChange],
      },
      earlyCancel: {
        status: 'found',
        value: 'initial-cancellation',
        note: L(
          'Sakura Mobile counts the contract start date as day 1: a contract starting on 2 January can be cancelled until 9 January.',
        ),
        sources: [S.sakuraEightDay],
      },
      fees: {
        status: 'found',
        value: [
          {
            label: L('Contract handling fee (not refunded even with the 8-day initial cancellation)'),
            amountYen: 3300,
            from: null,
          },
          {
            label: L('If an MNP reservation number was issued (not refunded)'),
            amountYen: 1100,
            from: null,
          },
        ],
        sources: [S.sakuraEightDay],
      },
      simReturn: { status: 'not-found', value: null, sources: [S.sakuraCancelSection] },
      afterCancel: {
        status: 'found',
        value: L(
          'Foreign-issued credit and debit cards are accepted. Smart Pit (convenience-store cash) bills are due on the 10th, with a late fee. A confirmation e-mail should follow a request; re-submit if none arrives.',
        ),
        sources: [S.sakuraPayment, S.sakuraPlanChange],
        numbers: 'deadline',
      },
      abroad: {
        status: 'found',
        value: {
          needs: ['carrier-login'],
          instead: L(
            "If the form in My Page fails, use Sakura Mobile's Contact Us Form; requests by e-mail are not accepted.",
          ),
        },
        note: L(
          "Seen on Sakura Mobile's help pages for its home internet (the SIM and eSIM article was not seen): terminations go through the form in My Page, which asks for your departure date.",
        ),
        sources: [S.sakuraHomeInternet],
      },
    },
  },
  {
    id: 'mobal',
    name: L('Mobal'),
    kind: 'foreigner-focused',
    network: null,
    officialUrl: 'https://help.mobal.com/?p=4328',
    facts: {
      portal: {
        status: 'found',
        value: {
          name: 'Mobal MyAccount',
          cancelPath:
            'Services → More Information → Cancel Service → Cancellation Date (last full day) + reason',
          mnpPath: null,
        },
        sources: [S.mobalTerminate],
      },
      cancelChannels: { status: 'found', value: ['online'], sources: [S.mobalTerminate, S.mobalExtending] },
      cutoff: {
        status: 'found',
        value: { effective: 'chosen-date', deadlineDay: null, afterHoursFrom: null },
        note: L(
          'Short 30/60/90-day plans disconnect by themselves at the end; "Ongoing" plans run until you ask for suspension or termination in MyAccount.',
        ),
        sources: [S.mobalTerminate, S.mobalExtending],
        numbers: 'deadline',
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Termination loses the number for good. Newer SIMs/eSIMs can be suspended or ported instead; SIMs bought before October 12, 2021 can only be terminated. Long-term plans renew on the 1st; call and SMS usage is billed 1–2 months late, so charges can appear after termination. The "Japan Tourist" data SIM is prepaid, with no further charges.',
        ),
        sources: [S.mobalTerminate, S.mobalBilling, S.mobalTourist],
        numbers: 'deadline',
      },
      abroad: {
        status: 'found',
        value: { needs: ['carrier-login'], instead: L('Mobal also answers by e-mail at support@mobal.com.') },
        note: L('Everything is done in MyAccount online.'),
        sources: [S.mobalTravelling, S.mobalSupportMail],
      },
      supportAbroad: {
        status: 'found',
        value: [
          { label: L('Mobal (also about billing while you travel)'), number: '+1-212-785-5800', hours: null },
        ],
        sources: [S.mobalTravelling],
      },
      hold: {
        status: 'found',
        value: {
          kind: 'suspension',
          name: 'Vacation Plan',
          channels: ['online'],
          inPerson: false,
          fees: [],
          maxMonths: 12,
          needs: ['payment-card'],
        },
        note: L(
          "Plans can be switched after the first 60 days, once a month. Only SIMs and eSIMs bought from October 12, 2021 can be suspended. The Vacation Plan's monthly cost was not found: check in MyAccount. Keep the card on file up to date, or the service may be suspended or disconnected.",
        ),
        sources: [S.mobalFlexiblePlans, S.mobalTerminate, S.mobalUpdateCard],
      },
    },
  },
  {
    id: 'japan-wireless',
    name: L('Japan Wireless'),
    kind: 'foreigner-focused',
    network: null,
    officialUrl: 'https://www.japan-wireless.com/jp/simcard/terms-and-conditions',
    facts: {
      cancelChannels: { status: 'not-found', value: null, sources: [S.japanWirelessTerms] },
      cutoff: { status: 'not-found', value: null, sources: [S.japanWirelessTerms] },
      simReturn: { status: 'not-found', value: null, sources: [S.japanWirelessTerms] },
    },
  },
  {
    id: 'gtn-mobile',
    name: L('GTN Mobile'),
    kind: 'foreigner-focused',
    network: null,
    officialUrl: 'https://gtn-mobile.com/en/terms/',
    facts: {
      cancelChannels: { status: 'not-found', value: null, sources: [S.gtnTerms] },
      cutoff: { status: 'not-found', value: null, sources: [S.gtnTerms] },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          'The terms define the SIM card as an IC card the company lends you, so it may have to go back: ask GTN.',
        ),
        sources: [S.gtnTerms],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'The Express Data plan has no contract period, but once concluded it cannot be cancelled or returned.',
        ),
        sources: [S.gtnExpressTerms],
      },
    },
  },
  {
    id: 'fuji-wifi',
    name: L('FUJI WiFi (SIM plans)'),
    kind: 'foreigner-focused',
    network: null,
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: { name: 'FUJI WiFi マイページ', cancelPath: '解約のお手続き', mnpPath: null },
        sources: [S.ashFuji],
      },
      cancelChannels: { status: 'found', value: ['online'], sources: [S.ashFuji, S.gochamazFuji] },
      cutoff: {
        status: 'found',
        value: { effective: 'month-end', deadlineDay: 25, afterHoursFrom: null },
        note: L(
          'Contracts from January 17, 2022: apply by the 25th and it ends that month; contracts up to January 16, 2022 have the 15th as the cut-off. Usable to the month-end, no charge for the next month.',
        ),
        sources: [S.ashFuji, S.gochamazFuji],
      },
      fees: {
        status: 'found',
        value: [
          noFee(L('Cancellation fee')),
          {
            label: L('デポコミ deposit: not refunded if you cancel within 12 months'),
            amountYen: 5000,
            from: null,
          },
        ],
        note: L('Prepaid おまとめ periods are not refunded.'),
        sources: [S.genfuFuji, S.umeyaFuji],
      },
      simReturn: {
        status: 'found',
        value: {
          rule: 'mail-back',
          address: null,
          deadline: L("One user's 2020 experience: rental items due back by the 3rd of the next month"),
          penalty: L('Using more than 100 MB in the following month triggers a penalty'),
          tracked: true,
        },
        note: L(
          'Send the SIM (and any router or cable) back by tracked mail such as レターパック, at your cost, and e-mail them the tracking number. The address was not in the sources read.',
        ),
        sources: [S.genfuFuji, S.narwhalFuji],
      },
    },
  },
  {
    id: 'travel-esim',
    name: L('Prepaid travel eSIM (Airalo, Ubigi, Holafly and the like)'),
    kind: 'travel-esim',
    network: null,
    officialUrl: null,
    facts: {
      cancelChannels: {
        status: 'found',
        value: ['app', 'online'],
        note: L(
          "One-off plans simply expire: nothing to cancel. Subscriptions (auto-renew) must be switched off in the seller's app or website; deleting the app does not stop renewals. Holafly subscriptions: cancel at least 7 days before renewal. Ubigi's auto-renew steps were not found.",
        ),
        sources: [S.holaflyUnusedData, S.holaflyPlansCancel, S.orbitmoneyAiralo],
        numbers: 'deadline',
      },
      billing: {
        status: 'found',
        value: 'prepaid',
        note: L(
          'Unused data is lost. Holafly: no refund after a renewal; an unused, unactivated subscription is refunded in full within 14 days. Ubigi: refundable only if the QR code was never scanned.',
        ),
        sources: [S.holaflyUnusedData, S.holaflyPlansCancel, S.holaflyRefund, S.ubigiRefund],
        numbers: 'deadline',
      },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          'An eSIM has nothing to return. Physical travel SIM cards vary by seller: some refund a deposit only if the card is mailed back within a week after it expires.',
        ),
        sources: [S.airaloValidity, S.traveltechlabDeposit],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Airalo: remove an eSIM only when it has no active package and you no longer need it; a removed eSIM usually cannot be reinstalled, so disable it instead if you may reuse it (disabling does not pause the validity).',
        ),
        sources: [S.airaloRemoveIos, S.airaloReinstall],
      },
    },
  },
  {
    id: 'other-mvno',
    name: L('Another MVNO (budget SIM)'),
    kind: 'generic',
    network: null,
    officialUrl: null,
    facts: {},
  },
  {
    id: 'unknown',
    name: L("Another carrier / I'm not sure"),
    kind: 'generic',
    network: null,
    officialUrl: null,
    facts: {},
  },
] satisfies ProviderData[];

/** The entry used when a profile names a provider the content does not know. */
export const FALLBACK_PROVIDER_ID = 'unknown';
