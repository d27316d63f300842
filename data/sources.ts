// Every page the content cites, named once here so a fact cites a page by name. Each source
// records its own `checked` date; there is no single date for all.
//
// What `checked` means — honestly, since this app is built offline:
// - FACT_SHEET_READ (2026-11-25): pages from /work/shared/reference/japan-sim-facts.md (and, for
//   the consumer hotline 188, users-and-peers.md). The sheet says its pages were read "in 2026"
//   without a date per page; 2026-11-25 is the day each fact was checked against the sheet's
//   summary of the page — NOT a fresh visit to the live page.
// - STORED_COPY_READ (2026-11-30) and AUDIT_READ (2026-12-07, the audit of issue 21): pages read
//   as stored copies (the project's offline search archive), on that day. A stored copy may be
//   older than the live page; its own date, where it shows one, is in `pageDate` ("n.d." when none
//   was seen).
//
// Kinds: `official` only for a page on the domain of the body it speaks for — a provider's own
// domains for that provider's facts, a government's (national, prefecture, municipality) for a law,
// a procedure or what a ministry says of a provider (data/domains.ts;
// tests/unit/guide/content.test.ts checks it). A provider's page cited for a fact about another
// provider or about every provider is cited through `asOtherProviderPage` (third-party there).
// Aggregators (cancelatlas, which cites the official pages) → aggregator; blogs, news, ISPs,
// universities → third-party. URLs are copied exactly as read.
import type { SourceData } from './schema';

export const FACT_SHEET_READ = '2026-11-25';
export const STORED_COPY_READ = '2026-11-30';
export const AUDIT_READ = '2026-12-07';
/** The days stored copies were read: sources read then need not be on the fact sheet. */
export const STORED_COPY_DAYS: readonly string[] = [STORED_COPY_READ, AUDIT_READ];

const page =
  (kind: SourceData['kind']) =>
  (url: string, pageDate = 'n.d.', checked = FACT_SHEET_READ): SourceData => ({
    url,
    checked,
    kind,
    pageDate,
  });
const official = page('official');
const aggregator = page('aggregator');
const thirdParty = page('third-party');

/** A provider's own page cited for another provider's fact, or for a fact about every provider. */
export const asOtherProviderPage = (source: SourceData): SourceData => ({ ...source, kind: 'third-party' });

export const S = {
  // Cross-cutting: MNP, fees, law
  hikkoshiSoftbank: thirdParty('https://hikkoshizamurai.jp/soldi/articles/softbank_cancel/'),
  simchangeSoftbank: thirdParty('https://simchange.jp/post-145090/'),
  ymobileAgreement: official(
    'https://ymobile.jp/support/process/cancellation/agreement/?wovn=en',
    '2021-01-20',
  ),
  ezicFeeGuide: thirdParty('https://japan.x.ezic.info/japan-mobile-cancellation-fee-guide/'),
  // MIC (総務省) on number portability: porting ends the old contract; MNP fees free in principle
  // from 2021-04-01 under the revised guideline.
  soumuMnp: official(
    'https://www.soumu.go.jp/main_sosiki/joho_tsusin/top/tel_number/mnp.html',
    'n.d.',
    STORED_COPY_READ,
  ),
  // Dated 2021-07 by its address; the copy read also names MNP One-Stop (from 2023), so it was revised since.
  govOnlineMnp: official(
    'https://www.gov-online.go.jp/useful/article/202107/1.html',
    '2021-07',
    STORED_COPY_READ,
  ),
  // MIC's MNP Q&A: no MNP fee (at most ¥1,000 + tax over the counter or phone); the carrier's mail
  // address cannot be ported.
  soumuMnpFaq: official(
    'https://www.soumu.go.jp/main_sosiki/joho_tsusin/top/tel_number/mnp_menu2.html',
    'n.d.',
    STORED_COPY_READ,
  ),
  simfreeMnp: thirdParty('https://www.simfree-revolution.net/how-to-do-mnp/'),
  simchangeMnp: thirdParty('https://simchange.jp/mnp-republication/'),
  ymobileNecessaries: official('https://ymobile.jp/store/to_beginner/necessaries/?wovn=en'),
  oneplatMnp: thirdParty('https://www.oneplat.co.jp/article/?p=259'),
  benefonNumberCancel: thirdParty('https://www.benefon.com/mnp-knowledge/number-cancel'),
  benefonOneStop: thirdParty('https://benefon.com/change-docomo/3minute-number'),
  inestOneStop: thirdParty('https://inest-inc.co.jp/sumaho-sensei/mnp-mnpnum-docomo-method', '2023-07-05'),
  // MIC's mobile portal Q5: 初期契約解除 within 8 days of receiving the contract document; NTT docomo,
  // KDDI and SoftBank apply 確認措置 instead (only for poor coverage or an inadequate explanation).
  soumuEarlyCancel: official(
    'https://www.soumu.go.jp/menu_seisaku/ictseisaku/keitai_portal/gimonkaiketsu/q_5.html',
    'n.d.',
    AUDIT_READ,
  ),
  // Many MVNOs want 10–13 days left on the MNP number at sign-up.
  isprMnpDays: thirdParty('https://ispr.net/sim/?p=1259', 'n.d.', AUDIT_READ),
  // povo's own MNP article: a 10-digit number; One-Stop for online procedures since 2023-05-24.
  povoMnpArticle: official('https://povo.jp/library/article-007', 'n.d.', AUDIT_READ),
  sakuraEightDay: official(
    'https://support.sakuramobile.jp/hc/en-us/articles/4422395250201-Can-I-cancel-right-after-the-contract-start',
  ),
  ymobileEightDay: official('https://ymobile.jp/support/process/cancel/?wovn=vi'),
  // Y!mobile's 8-day cancellation only for poor coverage, a poor explanation or no contract document.
  simmobaYmobileEightDay: thirdParty('https://simmoba.jp/ymobile-moushikomi-cancel', 'n.d.', AUDIT_READ),

  // NTT docomo
  cancelatlasDocomo: aggregator('https://www.cancelatlas.com/c/ntt-docomo-jp', '2026-06-06'),
  docomoWebCancel: thirdParty(
    'https://ilikephone.online/mobile-phone/docomo-starts-accepting-line-cancellation-on-the-web-d-account-required-itmedia-mobile',
    '2021',
  ),
  spMobileDocomo: thirdParty('https://sp-mobile-blog.com/docomo-1048', '2021-03-24'),
  docomoChikakuFaq: official('https://ssw.web.docomo.ne.jp/chikaku/faq/contract'),
  docomoEnglishHearty: official('https://www.nttdocomo.co.jp/english/charge/discount/hearty/application/'),
  sumahoArekoreDocomo: thirdParty('https://sumaho-arekore.com/docomo-kaiyaku-procedure'),
  kaiyakutaikaiDocomo: thirdParty('https://kaiyakutaikai.com/6/22/pages/12', '2018-06-09'),
  kaiyakuDocomo: thirdParty('https://kaiyaku.jp/docomo-kaiyaku'),
  usedoorDocomo: thirdParty('https://usedoor.jp/news/2025-02-18-docomo-tanki-kaiyaku-1100yen', '2025-02-18'),
  // docomo's press release of 2021-09-21 (all fixed-term cancellation fees end on 2021-10-01), as reported.
  corrienteDocomoFees: thirdParty(
    'https://corriente.jp/docomo-penaltyfee-end-20211001',
    '2021-09',
    STORED_COPY_READ,
  ),
  shimajiroDocomoFees: thirdParty(
    'http://shimajiro-mobiler.net/2021/09/21/post73570',
    '2021-09-21',
    STORED_COPY_READ,
  ),
  engadgetDocomoFees: thirdParty(
    'https://japanese.engadget.com/docomo-092131549.html',
    'n.d.',
    STORED_COPY_READ,
  ),
  benefonDocomoFees: thirdParty(
    'https://www.benefon.com/change-docomo/docomo-cancellation',
    '2022-08',
    STORED_COPY_READ,
  ),
  docosma: thirdParty('https://docosma.com/?p=11967'),
  masvlogDocomo: thirdParty('https://masvlog.com/docomo-cancel-online/'),
  mats2Dpoint: thirdParty('https://mats2.net/dpoint-hikitsugi'),
  netsecurityDocomoMnp: thirdParty('https://scan.netsecurity.ne.jp/internet/?p=27257'),
  bitwaveDocomo: thirdParty('https://bitwave.showcase-tv.com/docomo-cancellation-agent/'),
  homeInternetDocomoHikari: thirdParty('https://home-internet-dictionary.com/?p=4705'),

  // ahamo
  otegalAhamo: thirdParty('https://otegal.jp/net/ahamo-cancel'),
  crusieAhamo: thirdParty('https://crusie-n-more.com/ahamokaiyaku/'),
  kashimoAhamo: thirdParty('https://www.kashi-mo.com/media/15316/', '2024-01-05'),
  kuramobaAhamo: thirdParty('https://kuramoba.xlisting.co.jp/mnp/how-mnpout-fromahamo/'),
  smappyAhamo: thirdParty('https://smappy-if.com/articles/ahamo/1046'),
  lkyojinAhamo: thirdParty('https://l-kyojin01.jp/archive/37425'),
  assistAllAhamo: thirdParty('https://lifestyle.assist-all.co.jp/?p=37649'),

  tigadgeAhamo: thirdParty('https://tigadge.jp/ahamo-short', 'n.d.', STORED_COPY_READ),

  // au
  auLeavingCountry: official('https://www.au.com/english/support/faq/cancellation/leaving-country/'),
  keitaisoudanAu: thirdParty('https://keitaisoudan.com/cancel/', '2023-03'),
  kashimoAu: thirdParty('https://kashi-mo.com/media/14298', '2023-05-01'),
  // Says My au counts requests after 21:10 (not 21:40) as the next day.
  hachiAu: thirdParty('https://hachi8hachi.com/?p=5109', 'n.d.', AUDIT_READ),
  auEnglishSupport: official('https://www.au.com/english/support/faq/eservice/epg00002070'),
  // au's e-billing FAQ: a bill under ¥5,000 (bank debit) or ¥330 (counter) is combined with the next
  // month's, at most two months; the support numbers and hours again.
  auSmallBills: official(
    'https://www.au.com/english/support/faq/ebilling-statement/irregular/',
    'n.d.',
    AUDIT_READ,
  ),
  auFeeAbolished: official('https://au.com/mobile/area/dennpa-support/cancel'),
  roksAu: thirdParty('https://roks.co.jp/?p=6530'),
  auAr1: official('https://www.au.com/support/AR1/'),
  auPaySubscriptions: official('https://www.au.com/english/support/faq/eservice/epg00002164/'),
  kaiyakuSmartValue: thirdParty('https://kaiyaku.jp/au-smartvalue-kaiyaku'),
  yoiNetAu: thirdParty('https://yoi-net.com/?p=12892'),
  // KDDI's announcement of 2024-05-24 (a ¥990 fee for lines judged not for normal use), as reported.
  mynaviAuShortTermFee: thirdParty(
    'https://news.mynavi.jp/article/20240524-2952068',
    '2024-05-24',
    STORED_COPY_READ,
  ),
  ipodwaveAuShortTermFee: thirdParty(
    'https://www.ipodwave.com/news/202405243.htm',
    '2024-05-24',
    STORED_COPY_READ,
  ),

  // UQ mobile
  kaiyakuUq: thirdParty('https://kaiyaku.jp/uqmobile-kaiyaku'),
  appleGeeksUq: thirdParty('https://apple-geeks.com/uq-mobile-cancellation-method-51251'),
  assistAllUq: thirdParty('https://lifestyle.assist-all.co.jp/uq-cancellation-guide-timing-2025'),
  newSmartphoneLife: thirdParty('https://new-smartphonelife.com/cancellation'),
  winnovaSim: thirdParty('https://winnova.net/archives/86180'),

  // povo
  getninePovo: thirdParty('https://getnine.co.jp/mobile/povo-cancellation'),
  kaiyakuPovo: thirdParty('https://kaiyaku.jp/povo-kaiyaku'),
  // povo1.0 and 2.0: no cancellation fee (契約解除料 0円); ends on the day of the request or the next.
  masamobilePovo: thirdParty('https://masamobile.co.jp/povo/penalty/', 'n.d.', AUDIT_READ),

  // SoftBank
  cancelatlasSoftbank: aggregator('https://www.cancelatlas.com/c/softbank-jp', '2026-06-06'),
  softbankContactList: official('https://www.softbank.jp/mobile/support/contact/list/'),
  instantWifiSoftbank: thirdParty('https://instant-wifi.net/net/softbank-cancel'),
  bitwaveSoftbank: thirdParty('https://bitwave.showcase-tv.com/softbank-cancellation-agent/'),
  denwakunSoftbank: thirdParty('https://denwa-kun.com/?p=2581'),
  // SoftBank's three billing cycles (closing on the 10th, the 20th or the month's last day) and where
  // My SoftBank shows one's own 請求締日.
  bitwaveSoftbankClosing: thirdParty(
    'https://bitwave.showcase-tv.com/softbank-hikiotosibi-kakunin/',
    '2023-12-11',
    AUDIT_READ,
  ),
  sumahoOkageSoftbankClosing: thirdParty(
    'https://sumaho-okage.com/softbank-payment-date/',
    'n.d.',
    AUDIT_READ,
  ),
  caseySoftbank: thirdParty(
    'https://casey.la/2024/08/27/how-to-properly-cancel-softbank-hikari',
    '2024-08-27',
  ),

  // Y!mobile
  netsecurityYmobile: thirdParty('https://scan.netsecurity.ne.jp/internet/ymobile-howtocancel'),
  mobaoneYmobile: thirdParty('https://mobaone.alpha-grp.co.jp/7742/'),
  oldYmobileShop: thirdParty('https://xn--nfv31nctot9l.xyz/ymobile'),
  donnatokimoYmobile: thirdParty('https://donnatokimo-wifi.jp/media/ymobile-cancellation/'),

  // LINEMO
  assistAllLinemo: thirdParty('https://lifestyle.assist-all.co.jp/linemo-cancellation-guide'),
  kashimoLinemo: thirdParty('https://www.kashi-mo.com/media/131950/', '2023-08-25'),
  // LINEMO cancellations are taken from 9:00 to 20:00; the last month is not pro-rated.
  smappyLinemo: thirdParty('https://smappy-if.com/articles/linemo/1047', 'n.d.', AUDIT_READ),
  kitilabelLinemo: thirdParty(
    'https://kitilabel.jp/2022/10/06/linemo%E3%81%AE%E8%A7%A3%E7%B4%84%E6%96%B9%E6%B3%95%E3%82%84%E6%B3%A8%E6%84%8F%E7%82%B9%E3%82%92%E5%88%86%E3%81%8B%E3%82%8A%E3%82%84%E3%81%99%E3%81%8F%E8%A7%A3%E8%AA%AC%EF%BC%81/',
    '2022-10-06',
  ),
  kotomobileReturn: thirdParty('https://kotomobile.jp/return/'),
  masamobileLinemo: thirdParty('https://masamobile.co.jp/linemo/?p=1698'),
  // LINEMO's ¥990 same-month fee (sign-ups from 2024-06-01), and when docomo, au, SoftBank ended theirs.
  masamobileFees: thirdParty('https://masamobile.co.jp/linemo/?p=42', 'n.d.', STORED_COPY_READ),

  // Rakuten Mobile
  cancelatlasRakuten: aggregator('https://www.cancelatlas.com/c/rakuten-mobile-jp', '2026-06-06'),
  mobaoneRakuten: thirdParty('https://mobaone.alpha-grp.co.jp/7726/'),
  mobileContractGuideRakuten: thirdParty(
    'https://mobile-contract-guide.com/en/rakuten-mobile-en/cancellation-procedure-en',
    '2026',
  ),
  straightappsRakuten: thirdParty(
    'https://straightapps.com/articles/2022/0831a-rakuten-mobile-cancel.html',
    '2022-08-31',
  ),
  cosodateRakuten: thirdParty('https://cosodate777.com/2021/04/04/rakutenmobairukaiyaku/', '2021-04-04'),
  rakutenSimRule: thirdParty('https://xn--2-v9tt97kv71a87vjzp.com/sim_henkyaku.html'),
  wacarunetRakuten: thirdParty('https://wacarunet.jp/sim/?p=10698'),
  rei01Rakuten: thirdParty('https://rei01-shop.com/ads/3991'),
  // Rakuten Mobile's announcement of 2025-03-07 (the fee for lines cancelled within a year), as reported.
  appllioRakutenFee: thirdParty(
    'https://appllio.com/news/2025-03-07-61871-rakuten-mobile-cancellation-fee',
    '2025-03-07',
    STORED_COPY_READ,
  ),

  // IIJmio
  esimReviewIij: thirdParty('https://esim-review.com/3603'),
  simlaboIij: thirdParty('http://www.simlabo.jp/iijmio/entry/kaiyaku'),
  selectraIij: thirdParty('https://selectra.jp/telecom/providers/iijmio/kaiyaku'),
  winnovaIij: thirdParty('https://winnova.net/archives/40307'),
  manetatsuIij: thirdParty('https://net.manetatsu.com/archives/486'),
  simchangeIij: thirdParty('https://simchange.jp/iijmio-sim-cancel/', '2019-12-03'),
  // ギガプラン: no cancellation fee for any SIM type; old voice SIMs cancelled within 12 months: ¥1,000;
  // the last month charged in full.
  masamobileIij: thirdParty('https://masamobile.co.jp/iijmio/penalty/', 'n.d.', AUDIT_READ),
  boxilIij: thirdParty(
    'https://boxil.jp/beyond/a7671/?_via=bs-relArticleLink-contentBottom',
    '2022-04-11',
    AUDIT_READ,
  ),
  // IIJmio's own invoice page: a bill not paid by its deadline can suspend the service, and then
  // the contract is cancelled.
  iijmioInvoice: official(
    'https://www.iijmio.jp/invoice/letter_en.html?languageselect=true',
    'n.d.',
    AUDIT_READ,
  ),

  // mineo
  simlaboMineo: thirdParty('https://www.sim-labo.jp/mineo/entry/kaiyaku'),
  // mineo's cancellation is taken online from 9:00 to 21:00, every day (a 2017 walk-through).
  sumahoSupportlineMineo: thirdParty(
    'https://sumahosupportline.com/mineo-cancellation/',
    '2017-09',
    AUDIT_READ,
  ),
  // mineo's community site: a customer's answer quoting mineo's 通信サービス契約約款, p. 36 (a user's
  // word on mineo's domain, so not official).
  mineoTermsQuoted: thirdParty(
    'https://king.mineo.jp/question-answer/%E3%82%B5%E3%83%BC%E3%83%93%E3%82%B9%E5%85%A8%E8%88%AC%EF%BC%8F%E7%94%B3%E8%BE%BC%E6%96%B9%E6%B3%95+%E6%96%99%E9%87%91%EF%BC%8F%E6%89%8B%E6%95%B0%E6%96%99/42445/posts/8',
    'n.d.',
    STORED_COPY_READ,
  ),
  taikaiMineo: thirdParty('https://taikai-kaiyaku.com/?p=110'),
  simqqMineo: thirdParty('https://sim-qq.com/mineo/sim431.html'),

  // OCN モバイル ONE
  assistAllOcn: thirdParty('https://lifestyle.assist-all.co.jp/?p=49582'),
  kashimoOcn: thirdParty('https://www.kashi-mo.com/media/25039/'),
  simtaroOcn: thirdParty('https://simtaro.com/sim-ocn-mobile-one-cancellation/'),
  hitorinezumiOcn: thirdParty('https://hitorinezumi.cloudfree.jp/wp/20260218-1', '2026-02-18'),
  kakuyasuSimReturn: thirdParty('https://kakuyasu-sumaho-shikou.com/sim-return'),
  caheoreOcn: thirdParty('https://www.caheore.blog/ocnmobileone-cancel/'),
  // OCN's own FAQ list (NTT Com's support site): cancelling within the minimum period, which
  // depends on the SIM type, incurs a penalty.
  ocnFaqList: official(
    'https://support.ntt.com/ocn/faq/searchtheme/307/263?parentGoodsCode=511',
    'n.d.',
    STORED_COPY_READ,
  ),

  // NUROモバイル
  centermobileNuro: thirdParty('https://centermobile.co.jp/column/nuro-mobile-kaiyaku/', '2022-05-22'),
  kaiyaku110Nuro: thirdParty('https://kaiyaku110.com/nuromobile_kaiyaku/', '2019-07-19'),
  tsunagaruNuro: thirdParty('https://tsunaga-ru.net/nuro-mobile-cancel-75000'),
  best5Nuro: thirdParty('http://xn--best5-j63dyda47aqswl9a5020knfpb.com/nuro-kaiyaku.html'),
  zeroSimNuro: thirdParty('https://original-smaphocase.com/blog/0sim-autocancel'),
  // NURO Mobile's FAQ on its member page: login ID = the SIM's phone number, first password on the
  // back of the SIM card's holder or shown on the phone (eSIM: on the phone).
  nuroFaqMemberPage: official(
    'https://support.sonynetwork.co.jp/faqsupport/nuromobile/web/knowledge2737.html',
    'n.d.',
    STORED_COPY_READ,
  ),

  // LinksMate
  kigsLinksmate: thirdParty('https://kigs.jp/3686'),
  mamitoLinksmate: thirdParty('https://mamitoblog.com/linkmate-calcel/'),
  inestLinksmate: thirdParty('https://inest-inc.co.jp/sumaho-sensei/linksmate-cancel-guide'),
  ktaimilerLinksmate: thirdParty('https://k-taimiler.com/entry/linksmate'),
  linksmateSupport: official('https://linksmate.jp/eoii/'),

  // Sakura Mobile
  sakuraHomeWifi: official(
    'https://support.sakuramobile.jp/hc/en-us/articles/39352125747225-How-can-I-cancel-the-rental-Home-WiFi-device-subscription',
  ),
  sakuraPlanChange: official(
    'https://support.sakuramobile.jp/hc/en-us/articles/360040685891-How-do-I-change-my-monthly-SIM-card-plan',
  ),
  sakuraCancelSection: official(
    'https://support.sakuramobile.jp/hc/en-us/sections/26791289208473-Payment-Cancellation',
  ),
  sakuraPayment: official('https://www.sakuramobile.jp/payment-methods/'),

  // Mobal
  mobalTerminate: official('https://help.mobal.com/?p=4328'),
  mobalExtending: official('https://support.mobal.com/blog/billing/my-plan-options/extending-your-service/'),
  mobalBilling: official(
    'https://helpdesk.mobal.com/support/solutions/articles/205000041300-billing-procedures',
  ),
  mobalTourist: official(
    'https://support.mobal.com/japan2/billing/my-charges/%c2%a5100-authorization-charge',
  ),

  // Japan Wireless, GTN Mobile, FUJI WiFi
  japanWirelessTerms: official('https://www.japan-wireless.com/jp/simcard/terms-and-conditions'),
  gtnTerms: official('https://gtn-mobile.com/en/terms/'),
  gtnExpressTerms: official('https://gtn-mobile.com/vi/form/express-data_terms/'),
  ashFuji: thirdParty('https://ash-blog.com/entry/2024/01/30/145609', '2024-01-30'),
  gochamazFuji: thirdParty('https://gochamaz.com/archives/333'),
  genfuFuji: thirdParty('https://gen-fu.com/fujiwifi-kaiyaku/17823'),
  narwhalFuji: thirdParty(
    'https://curious-narwhal-79c155.netlify.app/post/fujiwifi-contract-withdraw',
    '2020-06',
  ),
  umeyaFuji: thirdParty('https://umeyalabo.com/fujiwifi_cancellation'),
  traveltechlabDeposit: official('https://sim.traveltechlab.co.jp/lp/en-us/deposit/'),

  // Travel eSIMs
  holaflyUnusedData: official(
    'https://esim.holafly.com/faq/choosing-buying-esim/what-happens-to-unused-data/',
  ),
  holaflyPlansCancel: official(
    'https://esim.holafly.com/faq/holafly-plans/cancel-holafly-plans-subscription',
  ),
  holaflyRefund: official('https://esim.holafly.com/plans/pages/refund-policy'),
  ubigiRefund: official(
    'https://cellulardata.ubigi.com/help-center/assistance/i-did-not-use-my-plan-can-i-get-a-refund',
  ),
  airaloValidity: official(
    'https://cdn.airalo.com/help/using-managing-esims/ZSEEHBT5HW6F/esim-data-validity/HTSOUWA3EA6V',
  ),
  airaloRemoveIos: official(
    'https://www.airalo.com/fil/help/using-managing-esims/ZSEEHBT5HW6F/how-can-i-remove-an-esim-from-my-ios-device/SKNTP8LSLK5R',
  ),
  airaloReinstall: official(
    'https://airalo.com/help/fil/using-managing-esims/ZSEEHBT5HW6F/puwede-ba-akong-mag-reinstall-ng-esim/54MPGHA4TCY1',
  ),
  orbitmoneyAiralo: thirdParty('http://www.orbitmoney.io/cancel/airalo'),

  // eSIM on the device
  gadgetsfeedEsim: thirdParty('https://gadgetsfeed.com/how-to-erase-esim-on-iphone/'),
  esimStation: thirdParty('https://esim-station.jp/guides/esim-delete-guide-2025'),
  gadgetkenEsim: thirdParty('https://gadgetken.com/?p=25614'),
  timsodEsim: thirdParty(
    'https://timsod.com/airpods/irhr/iphonenoesimwoshoukyosurutokinisakujo-matahahoji-suru.html',
  ),
  roboNaviEsim: thirdParty('https://robo-navi.jp/archives/22074'),
  communityFibreEsim: thirdParty(
    'https://help.communityfibre.co.uk/troubleshooting/community-fibre-esim-explained/how-do-i-remove-the-esim-from-my-phone-after-ive-used-it',
  ),
  kaitoriEsim: thirdParty('https://kaitori.wpx.jp/rakutenmobile-esimdelete'),
  otonaLifeEsim: thirdParty('https://otona-life.com/2022/09/21/136655/2/', '2022-09-21'),

  // General: bills, proof, points, logins, leaving Japan
  oistCancelling: thirdParty('https://groups.oist.jp/resource-center/cancelling-leasesutilities-contracts'),
  jetSendai: thirdParty('http://www.jetsendai.com/cellphone-cancellation/'),
  ritsumeikanFees: thirdParty(
    'https://global.support.ritsumei.ac.jp/hc/en-us/articles/360057680274-While-I-am-in-my-home-country-temporarily-is-it-okay-NOT-to-pay-for-my-rent-and-other-fees',
  ),
  // Bills after the line ends (issue 19: data/billing-rules.ts), read as stored copies on AUDIT_READ.
  // au and UQ mobile (KDDI billing): each month's use billed the following month, and when it is paid.
  auPaymentDate: official(
    'https://www.au.com/english/support/faq/ebilling-statement/payment-date/',
    'n.d.',
    AUDIT_READ,
  ),
  // KDDI's older English terms: billed the following month; a small amount with the month after next.
  kddiMonthlyCharges: official(
    'http://www.au.kddi.com/english/mobile/information/other/',
    'n.d.',
    AUDIT_READ,
  ),
  // au: after cancelling, instalments keep being billed by the same method, or are paid off at once.
  auInstalmentsAfter: official(
    'https://www.au.com/english/support/faq/eservice/ea00000000084/',
    'n.d.',
    AUDIT_READ,
  ),
  // au and UQ mobile: an unpaid bill paid online (au ID) or at convenience stores but Seven-Eleven.
  auRequestForPayment: official('https://www.au.com/english/support/request_for_payment', 'n.d.', AUDIT_READ),
  // ahamo: changing the payment method (online, the holder's own card or account, 3-D Secure 2.0).
  ahamoPaymentChange: official(
    'https://faq.ahamo.com/faq/show/165?category_id=18&site_domain=default',
    '2023-06-26',
    AUDIT_READ,
  ),
  // ahamo: charges up to the cancellation day billed the next month; some items later; instalments.
  docomogeekAhamo: thirdParty('https://www.docomogeek.com/archives/15276', 'n.d.', AUDIT_READ),
  sitecreationPovo: thirdParty('https://sitecreation.co.jp/net/povo-charge-start-timing', 'n.d.', AUDIT_READ),
  // SoftBank's notice of 2014: overdue charges shown in My SoftBank and paid there by credit card.
  softbankOverdue: official(
    'https://www.softbank.jp/mobile/info/personal/news/support/20140220a/',
    '2014-02-20',
    AUDIT_READ,
  ),
  apppsLinemo: thirdParty('https://appps.jp/387910', 'n.d.', AUDIT_READ),
  lkyojinLinemoBills: thirdParty('https://l-kyojin01.jp/?p=10172', 'n.d.', AUDIT_READ),
  sakuraPaymentChange: official(
    'https://support.sakuramobile.jp/hc/en-us/articles/33643767900697--Long-term-eSIM-How-do-I-change-payment-from-Smart-Pit-to-Credit-card',
    'n.d.',
    AUDIT_READ,
  ),
  mobalUpdateCard: official(
    'https://support.mobal.com/blog/general/myaccount/updating-your-billing-details/',
    'n.d.',
    AUDIT_READ,
  ),
  mobalPaymentOptions: official(
    'https://support.mobal.com/japan-esim-big5/category/billing/page/2',
    'n.d.',
    AUDIT_READ,
  ),
  gtnPayment: official('https://gtn-mobile.com/en/support/payment/', 'n.d.', AUDIT_READ),
  hokudaiChecklist: thirdParty(
    'https://i-colleague.oia.hokudai.ac.jp/en/return-procedures-en/checklists-en',
    '2024-11-01',
  ),
  howtoMnpPoints: thirdParty('https://www.xn--zck8ci3244a0uk5vqw7b348m.com/howto-mnp/'),
  kametokaruu: thirdParty('http://kametokaruu.com/2433.html'),
  pcyorozuLogins: thirdParty(
    'http://pcyorozu.net/pcyorozu/2022/07/01/%E6%90%BA%E5%B8%AF%E9%9B%BB%E8%A9%B1%E4%BC%9A%E7%A4%BE%E4%B9%97%E3%82%8A%E6%8F%9B%E3%81%88%E3%82%84%E3%82%A4%E3%83%B3%E3%82%BF%E3%83%BC%E3%83%8D%E3%83%83%E3%83%88%E3%83%97%E3%83%AD%E3%83%90%E3%82%A4/',
    '2022-07-01',
  ),
  thebaseSms: thirdParty(
    'https://help.thebase.in/hc/ja/articles/900000085223-2%E6%AE%B5%E9%9A%8E%E8%AA%8D%E8%A8%BC%E3%81%AESMS%E3%81%8C%E5%B1%8A%E3%81%8B%E3%81%AA%E3%81%84%E5%A0%B4%E5%90%88%E3%81%A9%E3%81%86%E3%81%99%E3%82%8C%E3%81%B0%E3%81%84%E3%81%84%E3%81%A7%E3%81%99%E3%81%8B',
  ),
  denwakunNumberChange: thirdParty('https://denwa-kun.com/what-to-do-to-change-your-phone-number'),
  mynaviLine: thirdParty('https://news.mynavi.jp/article/20220222-2278230', '2022-02-22'),
  nikkeiLine: thirdParty(
    'https://style.nikkei.com/article/DGXMZO56744840T10C20A3000000?channel=DF260120166490',
    '2020',
  ),
  relocationJapan: thirdParty('https://relocation-japan.com/?p=383'),
  asciiReturnPrograms: thirdParty('https://ascii.jp/elem/000/004/357/4357989/', '2025-12-07'),
  mojResidenceCard: official('http://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00020.html'),
  imsvisaResidenceCard: thirdParty('https://imsvisa.support/post-2534'),
  kofukuResidenceCard: thirdParty('https://kofuku-gyoseisyoshi.jp/nt/1720.html', '2015-11-25'),
  govOnline188: official('https://www.gov-online.go.jp/useful/article/201807/1.html', '2018-07'),
  // The Consumer Affairs Agency in English: 188 is available in Japanese only.
  caa188: official('https://www.caa.go.jp/en/policy/local_cooperation/', 'n.d.', AUDIT_READ),
  // The National Consumer Affairs Center's Consumer Hotline for Tourists: its yearly summaries (seven
  // languages by 2023; calls from foreign residents and from people who had left Japan), and a city's
  // page with its number and hours.
  kokusenTourists2023: official(
    'http://www.kokusen.go.jp/e-hello/news/data/n-20230809_3.html',
    '2023-08',
    AUDIT_READ,
  ),
  kokusenTourists2020: official(
    'http://www.kokusen.go.jp/e-hello/news/data/n-20200116_1.html',
    '2020-03',
    AUDIT_READ,
  ),
  kamaishiTourists: official(
    'http://www.city.kamaishi.iwate.jp/kurasu/sodan/detail/1230995_2331.html',
    'n.d.',
    AUDIT_READ,
  ),

  // Issue 18 (read as stored copies on AUDIT_READ): cancelling from abroad, proxies, keeping the number,
  // the residence card after departure. Notes: /work/notes/research-abroad-billing.md.
  // Lines for calls from abroad (loss and theft): au's handset manual (a mirror), a travel magazine
  // listing docomo's, au's and SoftBank's, a traveller's blog for docomo's, SoftBank's own page.
  manualsbrainAuAbroad: thirdParty(
    'https://manualsbrain.com/ja/manuals/2142406/?page=79',
    'n.d.',
    AUDIT_READ,
  ),
  tabroidAbroadLines: thirdParty('https://sp.ch.nicovideo.jp/tabroid/blomaga/ar718664', 'n.d.', AUDIT_READ),
  takechanDocomoAbroad: thirdParty(
    'https://www.take--chan.tokyo/entry/2016/05/27/073000',
    '2016-05-27',
    AUDIT_READ,
  ),
  softbankAbroadLine: official(
    'https://www.softbank.jp/mobile/support/3g/global_service/attention/',
    'n.d.',
    AUDIT_READ,
  ),
  // Logins from abroad: d ACCOUNT and au ID two-step codes; UQ's receive filters; povo's roaming default.
  docomoTwoStep: official(
    'https://id.smt.docomo.ne.jp/src/utility/twostepauth_flow2.html',
    'n.d.',
    AUDIT_READ,
  ),
  auIdSmsCode: official('https://id.auone.jp/id/pc/help/devauth/3.html', 'n.d.', AUDIT_READ),
  auIdMailCode: official('https://id.auone.jp/id/sp/help/devauth/9.html', 'n.d.', AUDIT_READ),
  auIdBarcode: official('https://id.auone.jp/id/sp/guide/devauth/index.html', 'n.d.', AUDIT_READ),
  europeLifeAuLogin: thirdParty('http://test.europe-life.com/tag/pc/', 'n.d.', AUDIT_READ),
  uqAuIdFilters: official(
    'https://www.uqwimax.jp/mobile/support/faq/pages/pg00002379.html',
    '2025-09-04',
    AUDIT_READ,
  ),
  bababaxPovoRoaming: thirdParty('https://bababax.com/overseas-sms-not-received', 'n.d.', AUDIT_READ),
  appllioRakutenRoaming: thirdParty('https://appllio.com/rakuten-mobile-overseas', 'n.d.', AUDIT_READ),
  // ahamo without its SIM or SMS: two pages name a postal route, a third says post is not accepted;
  // docomo's page sends ahamo questions to ahamo chat.
  assistAllAhamoNoPost: thirdParty(
    'https://lifestyle.assist-all.co.jp/ahamo-cancellation-guide-3',
    '2025-09-04',
    AUDIT_READ,
  ),
  docomoAhamoChat: official(
    'https://service.smt.docomo.ne.jp/keitai_payment/app/help/detail/0552.html',
    'n.d.',
    AUDIT_READ,
  ),
  ymobilePost2018: thirdParty(
    'https://xn--y8jyb2gza8jxa7duezbl49aqg.jp/2018/05/20/post-6702',
    '2018-05-20',
    AUDIT_READ,
  ),
  // Complaints from abroad (issue 19): 188's own page (routing by postal code), MIC's telecom consumer
  // corner (advice and passing a complaint on, no mediation; a web form) and its yearly summary, and the
  // written routes two providers name on their own help pages; docomo's only on a blog.
  caaHotline188: official(
    'https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/',
    'n.d.',
    AUDIT_READ,
  ),
  soumuConsumerCorner: official(
    'https://www.soumu.go.jp/main_sosiki/joho_tsusin/s-jyoho.html',
    'n.d.',
    AUDIT_READ,
  ),
  soumuComplaints2020: official(
    'https://www.soumu.go.jp/menu_news/s-news/01kiban08_03000359.html',
    '2021-10-01',
    AUDIT_READ,
  ),
  sakuraContactEmail: official(
    'https://support.sakuramobile.jp/hc/en-us/articles/33643767900697--Long-term-eSIM-How-do-I-change-payment-from-Smart-Pit-to-Credit-card',
    'n.d.',
    AUDIT_READ,
  ),
  sakuraHomeInternet: official(
    'https://support.sakuramobile.jp/hc/en-us/articles/360053913552-How-can-I-cancel-the-Home-Internet-service',
    'n.d.',
    AUDIT_READ,
  ),
  mobalBillingIssues: official(
    'https://support.mobal.com/world/billing/my-charges/billing-issues',
    'n.d.',
    AUDIT_READ,
  ),
  mobalTravelling: official(
    'https://support.mobal.com/blog/billing/my-charges/billing-issues-while-travelling/',
    'n.d.',
    AUDIT_READ,
  ),
  mobalSupportMail: official(
    'https://support.mobal.com/world/billing/my-charges/billing-issues',
    'n.d.',
    AUDIT_READ,
  ),
  // Proxies (代理人): docomo's own page (family only), and third-party pages for docomo, au, SoftBank.
  docomoIdentification: official(
    'https://www.nttdocomo.co.jp/support/identification/index.html?icid=CRP_SUP_Procedure_to_CRP_SUP_identification',
    'n.d.',
    AUDIT_READ,
  ),
  bitwaveDocomoProxy: thirdParty(
    'https://bitwave.showcase-tv.com/docomo-cancellation-agent/',
    '2019-11-29',
    AUDIT_READ,
  ),
  mats2AuProxy: thirdParty('https://mats2.net/au-inin', '2019', AUDIT_READ),
  notebookAuProxy: thirdParty(
    'https://notebookcomputer.info/ja/necessary-items-and-procedures-for-canceling-a-contract-with-au-other-than-the-person-agent',
    'n.d.',
    AUDIT_READ,
  ),
  // Keeping the number while away: povo's 180 + 30 days (two pages), docomo's 電話番号保管 (two news
  // reports), au's 一時休止 (its own, older page), SoftBank's suspension (one 2017 page), Mobal's
  // Vacation Plan, and Rakuten Mobile's "no pause" (an aggregator).
  simfreePovoKeep: thirdParty('https://simfree-sumafo.com/povo2-440-1year/', 'n.d.', AUDIT_READ),
  shimajiroPovoKeep: thirdParty(
    'http://shimajiro-mobiler.net/2021/09/28/post73621',
    '2021-09-28',
    AUDIT_READ,
  ),
  ipodPovoSuspended: thirdParty('https://ipod.item-get.com/2023/04/povo20.php', '2023-04', AUDIT_READ),
  povoToppingPayment: official(
    'https://faq.povo.jp/print/faq/413?site_domain=default',
    '2025-03-27',
    AUDIT_READ,
  ),
  smaxDocomoNumberKeep: thirdParty('https://s-max.jp/archives/1818275.html', '2022', AUDIT_READ),
  ktaiDocomoNumberKeep: thirdParty(
    'https://k-tai.watch.impress.co.jp/docs/news/1436860.html',
    '2022',
    AUDIT_READ,
  ),
  taitaiDocomoNumberKeep: thirdParty('https://taitai-blog.com/number-keep', 'n.d.', AUDIT_READ),
  auPause: official('https://my.au.com/support/tetsuzuki/au/ikkyu.html', 'n.d.', AUDIT_READ),
  hitoritabiSuspend: thirdParty('https://hitoritabi.net/suspend-mobile', '2017-01-22', AUDIT_READ),
  mobalFlexiblePlans: official(
    'https://support.mobal.com/blog/billing/my-plan-options/flexible-plans-for-long-term-users/',
    'n.d.',
    AUDIT_READ,
  ),
  // The residence card after departure: the ISA's page in translation, its information centre's number
  // for calls from abroad, two lawyers' pages quoting 入管法 第19条の15 ("immediately" after a departure
  // without a re-entry permit), a university's English address.
  isaResidenceCardVi: official(
    'https://www.isa.go.jp/vi/applications/procedures/nyuukokukanri10_00020.html',
    'n.d.',
    AUDIT_READ,
  ),
  // Immigration information center: 0570-013904 in Japan; "for IP phones, PHS, and calls from overseas"
  // 03-5796-7112, weekdays 8:30 a.m. to 5:15 p.m. (re-read 2026-12-07 for the +81 form shown abroad).
  isaInformationCenter: official(
    'https://www.isa.go.jp/en/publications/materials/newimmiact_4_q-and-a.html',
    '2020-10-21',
    AUDIT_READ,
  ),
  ichiishinjiStatute: thirdParty('https://ichiishinji.com/category33/entry86.html', 'n.d.', AUDIT_READ),
  visaSaitamaStatute: thirdParty('http://visa-saitama.com/horitu/horitu1915.html', 'n.d.', AUDIT_READ),
  delaidbackDocomo: thirdParty('https://delaidback.com/docomo-inquiry', 'n.d.', AUDIT_READ),
} as const satisfies Record<string, SourceData>;
