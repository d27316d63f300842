// Every page the services catalogue cites (issue 20), named once. All were read as stored copies (the
// project's offline search archive) on SERVICES_READ; `pageDate` is the page's own date where the copy
// showed one ("n.d." where it did not), the archive's date for an archived copy. Kinds: `official` only on
// the service's own domains (data/services/catalogue.ts `domains`) or a government's; 2fa.directory (the
// MIT-licensed repository 2factorauth/twofactorauth, snapshot f3ac2ab of 2026-08-04) is a third party,
// cited at the entry's GitHub address; blogs, news and Q&A sites are third parties. URLs are copied as read.
import type { ServiceSourceData } from './schema';

/** The day the stored copies were read for the catalogue. */
export const SERVICES_READ = '2026-12-07';
/** The 2fa.directory snapshot read (commit f3ac2ab71c6fe4857a4ad1ef039d2a4eaf1a342c). */
const TWO_FA_SNAPSHOT = '2026-08-04';

const page =
  (kind: ServiceSourceData['kind']) =>
  (url: string, pageDate = 'n.d.'): ServiceSourceData => ({ url, checked: SERVICES_READ, kind, pageDate });
const official = page('official');
const thirdParty = page('third-party');
/** A 2fa.directory entry, at its address in the repository. */
const twoFa = (path: string) =>
  thirdParty(`https://github.com/2factorauth/twofactorauth/blob/master/entries/${path}`, TWO_FA_SNAPSHOT);
/** An archive's copy of the service's own page: official for that page's owner. */
const archived = (url: string, of: string, pageDate: string): ServiceSourceData => ({
  ...official(url, pageDate),
  archiveOf: of,
});

export const SS = {
  // LINE
  lineSignUp: official('https://help.line.me/line/smartphone/categoryId/20012004/3/pc?lang=en'),
  lineNumberReuse: official(
    'https://help.line.me/line/smartphone?contentId=20024126&contentid=20001157&country=TW&lang=en',
  ),
  lineBeforeChange: official('https://help2.line.me/line/smartphone/categoryId/20007837/3/pc?lang=en'),
  lineMigrationGuide: official('https://guide.line.me/ja/migration/migration_b/'),
  linePaidItems: official('https://help.line.me/line/ios/?contentId=50001357'),
  mynaviLineNumber: thirdParty('https://news.mynavi.jp/article/20220222-2278230', '2022-02-22'),
  // Looks like LINE's English blog, but it is hosted on livedoor (weblog.to), not on a line.me domain.
  lineWeblog36h: thirdParty('https://line-en-official.weblog.to/archives/1074054356.html'),
  appllioLineTransfer: thirdParty('https://appllio.com/line-transfer-smartphone-number-change'),
  // PayPay
  paypayChangeNumber: official('https://blog.paypay.ne.jp/change-number/'),
  paypayHelpLogin: official('https://paypay.ne.jp/help/c0414/'),
  twoFaPaypay: twoFa('p/paypay.ne.jp.json'),
  // A low-quality Q&A-style site; kept for what no official page says.
  awaisoraPaypayMemo: thirdParty(
    'https://trip.awaisora.com/2025/07/30/a2b2278b-b4eb-4106-963a-c1654233a2b3',
    '2025-07-30',
  ),
  awaisoraPaypayAbroad: thirdParty('https://otoku.awaisora.com/4d27ccc1-32f8-4ae1-8860-24e0b8ea8be9'),
  paymentUser050: thirdParty('https://payment-user.net/account/050plus_paypay'),
  // Mercari
  mercariSecurity: official('https://about.mercari.com/en/security/secure/'),
  twoFaMercari: twoFa('j/jp.mercari.com.json'),
  adcreatorsMercari: thirdParty('https://adcreatorsblog.com/minimalist6'),
  hibinoMercari: thirdParty('https://hibino-bibouroku.info/cant-log-in-to-mercari'),
  otonaLifeMercari: thirdParty('https://otona-life.com/life/143810'),
  // Amazon.co.jp
  twoFaAmazon: twoFa('a/amazon.com.json'),
  chateauAmazon2sv: thirdParty(
    'https://chateau-vulpes.com/entry/Amazon%E4%BA%8C%E6%AE%B5%E9%9A%8E%E8%AA%8D%E8%A8%BC',
  ),
  purpleLizardAmazon: thirdParty('https://desc.purple-lizard.info/xujekslwnc-4'),
  acceltoolsAmazon: thirdParty(
    'https://acceltools.com/amapost/check-setting-of-amazon-two-step-verification/',
  ),
  // A mirror of an appllio article.
  appllioAmazon: thirdParty('https://appllioap.pages.dev/posts/amazon-_63622'),
  // Yahoo! JAPAN ID: Yahoo! JAPAN's own help page, as archived on 2020-02-20.
  yahooHelpArchived: archived(
    'https://megalodon.jp/ref/2020-0220-1640-58/www.yahoo-help.jp/app/answers/detail/p/544/a_id/167600',
    'https://www.yahoo-help.jp/app/answers/detail/p/544/a_id/167600',
    '2020-02-20',
  ),
  twoFaYahoo: twoFa('y/yahoo.co.jp.json'),
  chogeYahoo: thirdParty('https://www.choge-blog.com/programming/yahoo-japan-id'),
  // au ID
  auIdFaq: official('https://www.au.com/support/faq/detail/24/a00000000124/'),
  // An older au ID help page.
  auIdHelpOld: official('https://id.auone.jp/id/pc/help/setting/1.html'),
  twoFaAu: twoFa('a/au.com.json'),
  // A forum post quoting au's help page id.auone.jp/id/sp/help/auid/8.html.
  fiveChAuId: thirdParty('https://rio2016.5ch.net/test/read.cgi/ebooks/1491139222/590'),
  ttanimuAuId: thirdParty(
    'https://ttanimu.wordpress.com/2016/07/20/au%E3%82%92%E8%A7%A3%E7%B4%84%E3%81%99%E3%82%8B%E3%81%A8/',
    '2016-07-20',
  ),
  aozorablogAuPay: thirdParty('https://aozorablog.com/aupay-application-kaiyakugo/'),
  // dアカウント
  dAccountAfterCancel: official('https://id.smt.docomo.ne.jp/src/utility/detail_02_02.html'),
  usedoorDAccount: thirdParty(
    'https://usedoor.jp/howto/web/web-service/docomo-kaisen-kaiyaku-daccount-keizoku-riyou',
  ),
  itmediaDBarai: thirdParty(
    'https://news.goo.ne.jp/article/itmedia_mobile/trend/itmedia_mobile-20201116_127.html',
    '2020-11-16',
  ),
  engadgetDBarai: thirdParty('https://japanese.engadget.com/docomo-004945962.html'),
  // Dated 2016-11-17, with a note added on 2023-12-10 saying the 200-day rule still held.
  fumibiDAccount: thirdParty('https://fumibi.to/?p=181', '2023-12-10'),
  monoreviDAccount: thirdParty('http://monorevi.com/archives/754'),
  // MUFG
  mufgOtpFaq: official(
    'https://faq01.bk.mufg.jp/print/faq/70?category_id=2&site_domain=default',
    '2019-11-10',
  ),
  // MUFG's own notice of 2018-03-06, as archived on 2018-06-08.
  mufgGlobalDirectArchived: archived(
    'https://megalodon.jp/ref/2018-0608-0640-08/direct.bk.mufg.jp/info_news/20180306_kaigai/index.html',
    'https://direct.bk.mufg.jp/info_news/20180306_kaigai/index.html',
    '2018-06-08',
  ),
  madogiwaMufgOtp: thirdParty('https://madogiwa-agent.com/mufgbk-otp'),
  kotorankBanks: thirdParty('https://kotorank.com/bank/', '2020-03'),
  kaigaiZaijyuBanks: thirdParty('https://blog.kaigai-zaijyu.com/?p=159', '2025-01'),
  // Both rest on the same news report (産経新聞, 2025-04-08).
  startupTokyoWithdrawals: thirdParty('https://startup-tokyo-partners.jp/sankei-kouza/', '2025-04-10'),
  hamaokaWithdrawals: thirdParty('https://hamaoka-gyousei.com/blog/category7/entry65.html', '2025-04-10'),
  doituMufgAbroad: thirdParty('https://doitu.info/blog/64afe34ba47cb1e246caac2f49c25256'),
  // SMBC (older pages where said)
  smbcPassCardCall: official('http://www.smbc.co.jp/kojin/direct/uketsuke.html'),
  smbcAppOtp: official('https://www2.smbc.co.jp/kojin/direct/securi/passca/app_otoriatsukai.html'),
  smbcPinCardPaper: official('http://www.smbc.co.jp/smartphone/help/help_anshou/6.html'),
  smbcGlobalService: official('http://www.smbc.co.jp/kojin/kaigaiservice/globalservice/index03.html'),
  ossJapanBanks: thirdParty('https://oss-japan.com/content/overseas_assignment_bank/', '2023'),
  // Mizuho
  mizuhoOtpApp: official('https://www.mizuhobank.co.jp/direct/security/password/index.html?id=mail'),
  mizuhoOtpApply: official(
    'https://www.mizuhobank.co.jp/retail/products/direct/security/password/index.html?rt_bn_B_690',
  ),
  mizuhoResidenceCard: official('http://www.mizuhobank.co.jp/account/residence_card.html'),
  curioMizuhoOtp: thirdParty('https://curio-shiki.com/blog/support/mizuhobank-otp-terminated'),
  // Japan Post Bank
  yuchoEmailOtp: official(
    'https://www.jp-bank.japanpost.jp/direct/pc/security/dr_pc_sc_onetimepassword.html',
  ),
  // The bank's own app-store description, but on Google Play (shown machine-translated), not its domain.
  playYuchoApp: thirdParty(
    'https://play.google.com/store/apps/details/%E3%82%86%E3%81%86%E3%81%A1%E3%82%87%E8%AA%8D%E8%A8%BC%E3%82%A2%E3%83%97%E3%83%AA?hl=sw&id=jp.japanpost.jp_bank.FIDOapp',
  ),
  orientalYucho: thirdParty('https://oriental-cnx.com/yucho-ninsho/', '2024-01'),
  oisisoYucho: thirdParty('https://blog.oisiso.com/2023/01/yutyo_why.html', '2023-01'),
  awaisoraYucho: thirdParty('https://otoku.awaisora.com/ba2e4710-56fb-4699-821a-9740fa14e53f'),
  sakuraCentralYucho: thirdParty('https://sakura-central.com/news/en/article-zairyu-29.html', '2026'),
  // SBI Sumishin Net Bank
  sumishinAuth: official('https://tneobank.netbk.co.jp/contents/security/increase/transaction07.html'),
  longLifeSumishin: thirdParty(
    'https://long-life-tour.com/how-to-inherit-the-data-of-sbi-sumishin-netbank-app',
  ),
  // Rakuten Bank
  rakutenBankOtp: official('https://www.rakuten-bank.co.jp/security/howto/enhanced/onetime/check.html'),
  rakutenBankLogin: official('https://www.rakuten-bank.co.jp/guide/login/security-notice.html'),
  artDeVivreRakuten: thirdParty(
    'https://art-de-vivre-france.com/etudes/etudesenfrance/preparations/argent_rakuten',
    '2025-07-31',
  ),
  tyuuzumaBanks: thirdParty('https://tyuuzuma-oyu.com/bank_kaigaiijuu'),
  // Sony Bank
  sonyAuth: official('https://moneykit.net/visitor/auth/auth01.html'),
  sonyUpdateInfo: official('https://moneykit.net/en/notice/19.html'),
  sonyMovingAbroad: official('https://moneykit.net/visitor/support/support02.html'),
  sonyResidenceCard: official('https://sonybank.jp/en/inquiry/notice/residence.html'),
  sonyForeignRemittance: official('https://moneykit.net/en/guide/fct_out'),
  // SBI Shinsei Bank
  shinseiClosing: official('http://www.shinseibank.com/english/powerflex/closing_account.html'),
  shinseiResidenceCard: official('https://faq.sbishinseibank.co.jp/faq_detail.html?id=1000013&page=500'),
  // GMO Aozora Net Bank
  gmoForeignResidents: official('https://gmo-aozora.com/priv/account/foreign-residents.html'),
  // SMBC Trust Bank (PRESTIA)
  prestiaOverseas: official('https://www.smbctb.co.jp/banking/overseas_usage/'),
  ryugakuPrestia: thirdParty('https://35plus-ryugaku.com/2444'),
  // SMBC Card
  smbcCardSms: official('https://qa.smbc-card.com/mem/nyukai/detail?site=4H4A00IO&category=33&id=1912'),
  // Myna Portal and the My Number Card: the Digital Agency's page and municipal pages.
  digitalSmartphoneCert: official(
    'https://www.digital.go.jp/policies/mynumber/smartphone-certification/attention/',
  ),
  rittoCardAbroad: official(
    'https://www.city.ritto.lg.jp/soshiki/shimin/sogomadoguchi/gyoumu/mynumbercard/kokugaitennsyutusyayou/15469.html',
    '2024-08-20',
  ),
  iseCardAbroad: official('https://www.city.ise.mie.jp/kurashi/koseki/mynumber/1017407.html', '2024-05-31'),
  tomigusukuSignature: official(
    'https://www.city.tomigusuku.lg.jp/kurashi_tetsuzuki/todokede_shomei/5/7528.html',
    '2024-08-05',
  ),
  nagatoHotline: official('https://www.city.nagato.yamaguchi.jp/soshiki/7/50294.html'),
  // A government page (the Embassy of Japan in Singapore, 令和6年12月13日): the My Number Card call
  // centre in Japan, +81-3-6734-0170, 24 hours, for a card lost abroad.
  sgEmbassyCardLost: official('https://www.sg.emb-japan.go.jp/itpr_ja/11_000001_00715.html', '2024-12-13'),
  itmediaSmartphoneCert: thirdParty(
    'https://www.itmedia.co.jp/mobile/articles/2305/15/news067_3.html',
    '2023-05-15',
  ),
  // Mobile Suica (an older page with feature-phone menus for the withdrawal)
  suicaWithdrawal: official('http://www.jreast.co.jp/mobilesuica/procedure/secession/index.html'),
  suicaLostDevice: official('http://www.jreast.co.jp/mobilesuica/procedure/losstheft.html'),
  suica3ds: official('https://apfaq.mobilesuica.com/print/faq/1484?site_domain=default', '2024-10-07'),
  // JAL
  jalOtpEmailForm: official('https://www.jal.co.jp/jp/ja/enquete/2502mail'),
  jalPasswordReset: official('https://www.jal.co.jp/121/world/wp/reset.html'),
  jalSnsLogin: official('https://www.jal.co.jp/jp/ja/jmb/jmb-login/snsid/index.html'),
  aviationWireJal: thirdParty('https://aviationwire.jp/?p=225089', '2021-04-20'),
  // ANA
  anaLoginEn: official('https://www.ana.co.jp/en/jp/amc/news/info/2022/amc_login_detail.html'),
  anaLoginJa: official('https://www.ana.co.jp/ja/jp/amc/news/info/2022/amc_login_detail.html'),
  anaTwoStepZhTw: official(
    'https://ana.co.jp/zh/tw/offers-and-announcements/announcements/amc-two-steps-verification',
  ),
  // Coincheck
  coincheckHelp: official('https://coincheck.com/ja/info/help_search?category=13'),
  coincheckNumberChange: official('https://faq.coincheck.com/answer/685d3ea91f67f46d4a5e850f'),
  twoFaCoincheck: twoFa('c/coincheck.com.json'),
  birdCoincheck: thirdParty('https://69bird.jp/archives/5363'),
  // bitFlyer
  twoFaBitflyer: twoFa('b/bitflyer.com.json'),
  vcNaviBitflyer: thirdParty('https://vc-navi.jp/bitflyer-tfa/'),
  // Uber Eats
  uberPersonalInfo: official(
    'https://help.uber.com/ja-JP/riders/article/atualizar-informa%C3%A7%C3%B5es-pessoais?nodeId=8a661c77-fd7a-4016-857a-531a50084d42',
  ),
  twoFaUberEats: twoFa('u/ubereats.com.json'),
  // Rakuten Securities
  rakutenSecSms: official('https://www.rakuten-sec.co.jp/web/info/info20201119-01.html', '2020-11-19'),
} satisfies Record<string, ServiceSourceData>;
