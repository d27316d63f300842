// The services that text, call or otherwise tie themselves to the Japanese number (issue 20), from the
// research notes of 2026-12-07 (stored copies; see ./sources.ts). Each fact says one thing its sources
// say, and nothing more:
// - a statement the notes mark as resting on one unofficial page cites that page alone, and is shown so;
// - where sources disagree, the fact says so and what each says (and, for a number, `disputed`);
// - a question no source answered (a way back once the number is gone, a non-Japanese number) has no
//   fact: the step then says that no source we read gives one, and never guesses;
// - `numbers` marks a fee, a count of days or hours, or a phone number or opening hours a person acts on;
//   `false` where the digits are nothing to act on (a year a rule began, a form number), said beside it.
// Ids (the services' and the facts') never change: people's choices and ticks are stored under them.
import { L, verbatim } from '../text';
import type { ServiceInput } from './schema';
import { SS } from './sources';

export const serviceCatalogue = [
  // ——— Messaging ———
  {
    id: 'line',
    name: verbatim('LINE'),
    nameJa: 'LINE',
    group: 'messaging',
    domains: ['line.me'],
    facts: [
      {
        id: 'sms-sign-up',
        topic: 'depends',
        kind: 'sms-login',
        text: L(
          'A LINE account in Japan is created and verified with a code sent by SMS to the number, or by an automated call; numbers starting with 050 and virtual numbers are refused.',
        ),
        sources: [SS.lineSignUp],
      },
      {
        id: 'number-reuse',
        topic: 'depends',
        kind: 'account-recovery',
        text: L(
          'Once a cancelled number is given to someone else who registers it on LINE, the old account is logged out and cannot be moved; LINE asks you to make a new account.',
        ),
        sources: [SS.lineNumberReuse],
      },
      {
        id: 'check-current',
        topic: 'before',
        text: L(
          'Before you change number or phone, make sure the phone number and e-mail registered to LINE are the ones you use now, and back up your chats: they can only be restored from a backup made beforehand.',
        ),
        sources: [SS.lineBeforeChange],
      },
      {
        id: 'transfer-ready',
        topic: 'before',
        text: L(
          'LINE’s own guide to changing your number asks for this first: the phone number, password and e-mail registered to LINE up to date, and “アカウントを引き継ぐ” (transfer account) switched on in the old phone.',
        ),
        sources: [SS.lineMigrationGuide],
      },
      {
        id: 'change-number',
        topic: 'before',
        text: L('Change the registered number in the app; LINE sends a code by SMS to the new number.'),
        where: '設定 → アカウント → 電話番号',
        sources: [SS.mynaviLineNumber],
      },
      {
        id: 'transfer-36-hours',
        topic: 'before',
        text: L(
          'Once account transfer is switched on, the move to the new phone must be made within 36 hours.',
        ),
        sources: [SS.lineWeblog36h],
        numbers: 'deadline',
      },
      {
        id: 'no-sms-no-transfer',
        topic: 'gone',
        text: L('Without SMS or calls on the new phone, moving a LINE account is in principle not possible.'),
        sources: [SS.appllioLineTransfer],
      },
      {
        id: 'paid-items',
        topic: 'gone',
        text: L(
          'If the account is lost, LINE may move purchased stickers, themes and coins to a new account when you contact it; friends, chats and groups cannot be recovered.',
        ),
        sources: [SS.linePaidItems],
      },
      {
        id: 'choose-country',
        topic: 'foreign',
        text: L(
          'Signing up asks you to choose a country before you enter the number. No source we read says whether an existing Japanese account can move to a foreign number.',
        ),
        sources: [SS.lineSignUp],
      },
    ],
  },
  // ——— Payments and cards ———
  {
    id: 'paypay',
    name: verbatim('PayPay'),
    nameJa: 'PayPay',
    group: 'payments',
    domains: ['paypay.ne.jp'],
    facts: [
      {
        id: 'sms-sign-in',
        topic: 'depends',
        kind: 'sms-login',
        text: L(
          'PayPay signs you in with your mobile number and checks the number with a code sent by SMS; after a change you sign in with the new number.',
        ),
        sources: [SS.paypayChangeNumber, SS.twoFaPaypay],
      },
      {
        id: 'change-number',
        topic: 'before',
        text: L(
          'Change the number in the app while you are signed in: confirm with your password or Yahoo! JAPAN ID, then enter the new number and the code sent to it by SMS.',
        ),
        where: 'アカウント → 詳細を見る → 携帯電話番号 → 新しい携帯電話番号に変更する',
        sources: [SS.paypayChangeNumber],
      },
      {
        id: 'new-number-rules',
        topic: 'before',
        text: L(
          'The new number must not already belong to a PayPay account, and a number whose PayPay account was closed cannot be used for a while.',
        ),
        sources: [SS.paypayChangeNumber],
      },
      {
        id: 'note-login',
        topic: 'before',
        text: L(
          'Write down the e-mail address and password registered to PayPay before the line is cancelled.',
        ),
        sources: [SS.awaisoraPaypayMemo],
      },
      {
        id: 'support',
        topic: 'gone',
        text: L(
          'If the number has already changed and you cannot sign in, PayPay says to contact its customer support; its help asks whether the old number still receives SMS and whether an e-mail address is registered.',
        ),
        sources: [SS.paypayChangeNumber, SS.paypayHelpLogin],
      },
      {
        id: 'japanese-number',
        topic: 'foreign',
        text: L(
          'No official page found. One third-party page says PayPay needs a Japanese mobile number to verify you, so it is practically unusable for people living abroad; another says 050 numbers cannot register.',
        ),
        sources: [SS.awaisoraPaypayAbroad, SS.paymentUser050],
      },
    ],
  },
  {
    id: 'smbc-card',
    name: L('SMBC Card (Sumitomo Mitsui Card)'),
    nameJa: '三井住友カード',
    group: 'payments',
    domains: ['smbc-card.com'],
    facts: [
      {
        id: 'sms-code',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L(
          'Viewing or changing your registered details online, and changing the payment account, need a code sent by SMS to the registered number.',
        ),
        sources: [SS.smbcCardSms],
      },
      {
        id: 'change-number',
        topic: 'before',
        text: L('Change the registered phone number online while the Japanese number still receives SMS.'),
        where: 'カードお届け内容の照会・変更',
        sources: [SS.smbcCardSms],
      },
      {
        id: 'paper-form',
        topic: 'gone',
        text: L(
          'If the SMS check is impossible, the change is made on paper: request the form 「住所・電話番号変更届」 (資料番号 1930); it is posted to your registered address in about 1 week to 10 days.',
        ),
        sources: [SS.smbcCardSms],
        numbers: 'deadline',
      },
      {
        id: 'japanese-prefixes',
        topic: 'foreign',
        text: L(
          'SMS codes are received only on numbers starting 090, 080 or 070, so a foreign number cannot receive them.',
        ),
        sources: [SS.smbcCardSms],
      },
    ],
  },
  // ——— Banks ———
  {
    id: 'japan-post-bank',
    name: L('Japan Post Bank (Yucho)'),
    nameJa: 'ゆうちょ銀行',
    aliases: ['Yucho', 'JP Bank', '邮储', '郵儲', '郵局'],
    group: 'banks',
    domains: ['japanpost.jp'],
    facts: [
      {
        id: 'app-code',
        topic: 'depends',
        kind: 'otp-setup',
        text: L(
          'Registering the Yucho authentication app (ゆうちょ認証アプリ) sends a code to the phone number registered to the account, says the bank’s own description of the app in the app store.',
        ),
        sources: [SS.playYuchoApp],
      },
      {
        id: 'transfers-need-app',
        topic: 'depends',
        kind: 'call-back',
        text: L(
          'Since July 2023, transfers in Yucho Direct need the authentication app (free) or a paid token; one person abroad could register the app only because family in Japan took the verification call on the number used when the account was opened.',
        ),
        sources: [SS.orientalYucho],
      },
      {
        id: 'otp-email',
        topic: 'before',
        text: L(
          'Yucho Direct sends one-time passwords to the e-mail addresses you registered, and a change of address sends one to both the old and the new address: change a carrier address that ends with the line while it still works.',
        ),
        sources: [SS.yuchoEmailOtp],
      },
      {
        id: 'number-right',
        topic: 'before',
        text: L(
          'Check that the phone number registered to the account is right: the app’s own error P423 says to change it at a Yucho ATM or similar.',
        ),
        where: 'ゆうちょATM等',
        sources: [SS.oisisoYucho],
      },
      {
        id: 'app-first',
        topic: 'before',
        text: L(
          'Changing the phone number in Yucho Direct needs the token or the authentication app, so register the app while the number still works.',
        ),
        sources: [SS.awaisoraYucho],
      },
      {
        id: 'email-reset',
        topic: 'gone',
        text: L(
          'If every registered e-mail address for one-time passwords becomes unusable, the bank resets them after checking who you are, by post or at a counter.',
        ),
        sources: [SS.yuchoEmailOtp],
        atBranch: true,
      },
      {
        id: 'family-call',
        topic: 'gone',
        text: L(
          'From abroad, one person succeeded only because family in Japan answered the verification call on the registered number.',
        ),
        sources: [SS.orientalYucho],
      },
      {
        id: 'closed-in-principle',
        topic: 'leaving',
        text: L(
          'Third-party summaries say a Yucho account is in principle closed when its holder moves abroad, with exceptions by a procedure; no official page on this was found.',
        ),
        sources: [SS.kaigaiZaijyuBanks, SS.ossJapanBanks],
      },
      {
        id: 'residence-card',
        topic: 'leaving',
        text: L(
          'Not updating your residence card details before the period of stay ends can freeze withdrawals and transfers; holders of cards issued from 14 June 2026 must update them in person at a counter.',
        ),
        sources: [SS.sakuraCentralYucho],
        atBranch: true,
      },
    ],
  },
  {
    id: 'mufg',
    name: L('MUFG Bank'),
    nameJa: '三菱UFJ銀行',
    group: 'banks',
    domains: ['bk.mufg.jp'],
    facts: [
      {
        id: 'setup-call',
        topic: 'depends',
        kind: 'call-back',
        text: L(
          'Registering the one-time-password app makes the bank call the phone number it has on file, where an automated voice reads out a set-up number.',
        ),
        sources: [SS.madogiwaMufgOtp],
      },
      {
        id: 'transfers-need-otp',
        topic: 'depends',
        kind: 'otp-setup',
        text: L(
          'Transfers need the one-time-password app or card; a one-time password by e-mail may also be asked for when access looks unusual.',
        ),
        sources: [SS.mufgOtpFaq],
      },
      {
        id: 'global-direct',
        topic: 'before',
        text: L(
          'Sign up for Global Direct (グローバルダイレクト), the bank’s service for customers abroad, before you leave: without it a one-time-password card cannot be reissued abroad, and a dead or broken card stops online transfers.',
        ),
        sources: [SS.mufgGlobalDirectArchived],
      },
      {
        id: 'overseas-address',
        topic: 'before',
        text: L(
          'Register your overseas address online. Third-party pages give the fee for Global Direct as ¥300 a month.',
        ),
        where: 'UFJダイレクト → 各種手続き → 住所変更 → 海外へ変更する場合',
        sources: [SS.kotorankBanks, SS.kaigaiZaijyuBanks],
        numbers: 'fee',
      },
      {
        id: 'withdrawals-stopped',
        topic: 'leaving',
        text: L(
          'News reports in April 2025 said MUFG and Mizuho had begun stopping withdrawals from foreign customers’ accounts once the period of stay notified to the bank has passed.',
        ),
        sources: [SS.startupTokyoWithdrawals, SS.hamaokaWithdrawals],
      },
      {
        id: 'visit-back',
        topic: 'gone',
        text: L(
          'One person abroad without the one-time password could only check balances; the address change and the one-time password were done on a visit back to Japan.',
        ),
        sources: [SS.doituMufgAbroad],
      },
    ],
  },
  {
    id: 'smbc',
    name: L('SMBC (Sumitomo Mitsui Banking Corporation)'),
    nameJa: '三井住友銀行',
    group: 'banks',
    domains: ['smbc.co.jp'],
    facts: [
      {
        id: 'card-call',
        topic: 'depends',
        kind: 'call-back',
        text: L(
          'Activating the SMBC Direct password card makes the bank call the phone number on file automatically (weekdays 8:00–21:00, weekends and holidays 9:00–21:00; an older page).',
        ),
        sources: [SS.smbcPassCardCall],
        numbers: 'contact',
      },
      {
        id: 'app-otp',
        topic: 'depends',
        kind: 'otp-setup',
        text: L(
          'Activating the app one-time password asks you to confirm who you are by phone number, My Number Card or driving licence; an operator call may be needed (7:00–21:00).',
        ),
        sources: [SS.smbcAppOtp],
        numbers: 'contact',
      },
      {
        id: 'global-service',
        topic: 'before',
        text: L(
          'For people working or studying abroad there is SMBC Direct Global Service (SMBCダイレクト・グローバルサービス). Applying ends the one-time-password service, and a credit card linked to the account must be cancelled or split off at a branch counter, with the new card collected before you leave (an older page).',
        ),
        sources: [SS.smbcGlobalService],
        atBranch: true,
      },
      {
        id: 'global-fee',
        topic: 'before',
        text: L('Third-party pages give the fee for Global Service as ¥220 a month.'),
        sources: [SS.kaigaiZaijyuBanks, SS.ossJapanBanks],
        numbers: 'fee',
      },
      {
        id: 'paper-activation',
        topic: 'gone',
        text: L(
          'If the phone number on file is not the one you use now, the phone activation is impossible and a paper procedure is needed (an older help page, about the PIN card).',
        ),
        sources: [SS.smbcPinCardPaper],
      },
    ],
  },
  {
    id: 'mizuho',
    name: L('Mizuho Bank'),
    nameJa: 'みずほ銀行',
    group: 'banks',
    domains: ['mizuhobank.co.jp'],
    closeBeforeLeaving: true,
    facts: [
      {
        id: 'app-otp',
        topic: 'depends',
        kind: 'none',
        text: L(
          'Mizuho Direct’s one-time passwords come from the Mizuho Direct app (the separate one-time-password app ended around November 2024), and they do not carry over to a new phone on their own. No source we read says the bank uses the phone number for them.',
        ),
        sources: [SS.mizuhoOtpApp],
      },
      {
        id: 'apply-in-app',
        topic: 'before',
        text: L(
          'The app’s one-time password is applied for, or applied for again, in the Mizuho Direct app.',
        ),
        where: 'みずほダイレクトアプリ → お客さま情報 → ワンタイムパスワード → 新しく申し込む',
        sources: [SS.mizuhoOtpApply],
      },
      {
        id: 'close-at-branch',
        topic: 'leaving',
        text: L(
          'Foreign residents going home at the end of their stay, or moving abroad, must contact the branch where the account was opened and close the account; after the period of stay ends, some transactions are restricted.',
        ),
        sources: [SS.mizuhoResidenceCard],
        datesStep: true,
        atBranch: true,
      },
      {
        id: 'withdrawals-stopped',
        topic: 'leaving',
        text: L(
          'News reports in April 2025 said Mizuho had begun stopping withdrawals once the period of stay notified to the bank has passed.',
        ),
        sources: [SS.startupTokyoWithdrawals],
      },
      {
        id: 'phone-reapply',
        topic: 'gone',
        text: L(
          'One person who set up the one-time password on a new phone without applying again from the old one had to apply again by phone, with a postcard sent afterwards.',
        ),
        sources: [SS.curioMizuhoOtp],
      },
    ],
  },
  {
    id: 'sbi-sumishin',
    name: L('SBI Sumishin Net Bank'),
    nameJa: '住信SBIネット銀行',
    group: 'banks',
    domains: ['netbk.co.jp'],
    facts: [
      {
        id: 'neo-sms',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L(
          'Registering スマート認証NEO, the bank’s approval app, needs an SMS to the phone number registered with the bank; only one phone can be registered.',
        ),
        sources: [SS.longLifeSumishin],
      },
      {
        id: 'neo-needed',
        topic: 'depends',
        kind: 'otp-setup',
        text: L(
          'Transfers, limit changes and password resets need スマート認証NEO or the 認証番号表 (the number table on the cash card or a separate card).',
        ),
        sources: [SS.sumishinAuth],
      },
      {
        id: 'number-first',
        topic: 'before',
        text: L(
          'If the number will change, update the phone number registered with the bank first (it takes time), before you move スマート認証NEO to another phone.',
        ),
        sources: [SS.longLifeSumishin],
      },
    ],
  },
  {
    id: 'rakuten-bank',
    name: L('Rakuten Bank'),
    nameJa: '楽天銀行',
    group: 'banks',
    domains: ['rakuten-bank.co.jp'],
    facts: [
      {
        id: 'email-keys',
        topic: 'depends',
        kind: 'none',
        text: L(
          'Rakuten Bank’s one-time authentication sends its keys to the e-mail addresses you registered; no source we read says it uses the phone number.',
        ),
        sources: [SS.rakutenBankOtp],
      },
      {
        id: 'move-email',
        topic: 'before',
        text: L(
          'Move the e-mail for one-time authentication off any carrier address that ends with the line.',
        ),
        where: '登録情報の変更 → メール設定',
        sources: [SS.rakutenBankOtp],
      },
      {
        id: 'reset-keys',
        topic: 'gone',
        text: L(
          'If every e-mail address for one-time keys is lost, sign in and start the reset there; if sign-in is blocked (ログイン制限), contact the customer centre. Keys are not given out by phone.',
        ),
        where: '登録情報の変更 → メール設定 → 再設定手続きをする',
        sources: [SS.rakutenBankLogin, SS.rakutenBankOtp],
      },
      {
        id: 'non-residents',
        topic: 'leaving',
        text: L(
          'Two third-party pages quote the account terms: non-residents may not use Rakuten Bank and must tell the bank and close the account before becoming non-resident. A third page says a stay abroad of 1 to 5 years can keep the account by a procedure. The sources disagree: check the current terms with Rakuten Bank.',
        ),
        sources: [SS.artDeVivreRakuten, SS.tyuuzumaBanks, SS.kaigaiZaijyuBanks],
        numbers: 'deadline',
        disputed: true,
      },
    ],
  },
  {
    id: 'sony-bank',
    name: L('Sony Bank'),
    nameJa: 'ソニー銀行',
    group: 'banks',
    domains: ['moneykit.net', 'sonybank.jp'],
    facts: [
      {
        id: 'app-otp',
        topic: 'depends',
        kind: 'none',
        text: L(
          'Sony Bank’s smartphone authentication makes one-time passwords inside the bank’s app; no SMS to the phone number is mentioned.',
        ),
        sources: [SS.sonyAuth],
      },
      {
        id: 'update-number',
        topic: 'before',
        text: L('Update a changed mobile number online, in the English online banking.'),
        where: 'Settings → Updating Customer Information',
        sources: [SS.sonyUpdateInfo],
      },
      {
        id: 'overseas-address',
        topic: 'before',
        text: L(
          'Moving abroad: after signing in, register your overseas address and a contact person in Japan.',
        ),
        where: '各種手続き → 国外への住所変更',
        sources: [SS.sonyMovingAbroad],
      },
      {
        id: 'residence-card',
        topic: 'leaving',
        text: L(
          'Transactions may be restricted if a renewed residence card is not submitted before the registered one expires; foreign-currency remittances are for residents of Japan only.',
        ),
        sources: [SS.sonyResidenceCard, SS.sonyForeignRemittance],
      },
    ],
  },
  {
    id: 'sbi-shinsei',
    name: L('SBI Shinsei Bank'),
    nameJa: 'SBI新生銀行',
    group: 'banks',
    domains: ['shinseibank.com', 'sbishinseibank.co.jp'],
    closeBeforeLeaving: true,
    facts: [
      {
        id: 'close-at-branch',
        topic: 'before',
        text: L(
          'Close the account at a branch in advance: it takes about 1 hour (bring your seal and cash card if a seal is registered); closing by post may be possible, with another Japanese account for the balance. An overseas remittance cannot be made on the same day as the closing.',
        ),
        sources: [SS.shinseiClosing],
        numbers: 'deadline',
        atBranch: true,
      },
      {
        id: 'close-before-leaving',
        topic: 'leaving',
        text: L(
          'Foreign citizens leaving Japan for good (non-residents) must close their account before they leave.',
        ),
        sources: [SS.shinseiClosing],
        datesStep: true,
      },
      {
        id: 'residence-card',
        topic: 'leaving',
        text: L(
          'Without updated residence card details, transactions are restricted about one month after the period of stay ends.',
        ),
        sources: [SS.shinseiResidenceCard],
        numbers: 'deadline',
      },
    ],
  },
  {
    id: 'gmo-aozora',
    name: L('GMO Aozora Net Bank'),
    nameJa: 'GMOあおぞらネット銀行',
    group: 'banks',
    domains: ['gmo-aozora.com'],
    closeBeforeLeaving: true,
    facts: [
      {
        id: 'residence-card',
        topic: 'before',
        text: L(
          'Keep your residence card details current: the bank may ask for face verification on your phone or for the residence card, and may restrict the account otherwise.',
        ),
        sources: [SS.gmoForeignResidents],
      },
      {
        id: 'close-before-leaving',
        topic: 'leaving',
        text: L(
          'Foreign customers going home with no plan to come back must close the account before leaving Japan.',
        ),
        sources: [SS.gmoForeignResidents],
        datesStep: true,
      },
    ],
  },
  {
    id: 'prestia',
    name: L('SMBC Trust Bank (PRESTIA)'),
    nameJa: 'SMBC信託銀行（プレスティア）',
    group: 'banks',
    domains: ['smbctb.co.jp'],
    facts: [
      {
        id: 'keep-as-non-resident',
        topic: 'before',
        text: L(
          'Two third-party pages say a PRESTIA account can be kept as a non-resident if the procedure is done before leaving Japan. The bank’s own page says only that non-residents’ transactions are generally restricted, and to ask the bank beforehand.',
        ),
        sources: [SS.kaigaiZaijyuBanks, SS.ryugakuPrestia, SS.prestiaOverseas],
      },
    ],
  },
  // ——— Shopping and delivery ———
  {
    id: 'mercari',
    name: L('Mercari (Merpay)'),
    nameJa: 'メルカリ（メルペイ）',
    aliases: ['煤炉', 'メルペイ', 'Merpay'],
    group: 'shopping',
    domains: ['mercari.com'],
    facts: [
      {
        id: 'sms-or-call',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L('2fa.directory lists SMS and a phone call as Mercari Japan’s second step.'),
        sources: [SS.twoFaMercari],
      },
      {
        id: 'sms-only',
        topic: 'depends',
        kind: 'sms-login',
        text: L(
          'One blog reports that since November 2019 the sign-in code comes by SMS only, so with a number no longer in use there is basically no way to sign in.',
        ),
        sources: [SS.adcreatorsMercari],
      },
      {
        id: 'keep-current',
        topic: 'before',
        text: L(
          'Mercari’s own security advice says to keep the verified phone number up to date, and points to its Japanese guide for changing it.',
        ),
        sources: [SS.mercariSecurity],
      },
      {
        id: 'contact-from-app',
        topic: 'gone',
        text: L(
          'With the old number gone: contact Mercari from the app (there is a way without signing in) and ask to register the new phone number; identity documents or details are asked for.',
        ),
        sources: [SS.adcreatorsMercari, SS.hibinoMercari],
      },
      {
        id: 'balance-expires',
        topic: 'gone',
        text: L(
          'A sales balance left in an account you cannot sign in to may expire, because no transfer can be requested.',
        ),
        sources: [SS.otonaLifeMercari],
      },
    ],
  },
  {
    id: 'amazon-jp',
    name: L('Amazon Japan (Amazon.co.jp)'),
    nameJa: 'Amazon.co.jp',
    aliases: ['Amazon', 'アマゾン', '亚马逊', '亞馬遜'],
    group: 'shopping',
    domains: ['amazon.co.jp'],
    facts: [
      {
        id: 'two-step',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L(
          'Two-step verification codes come by SMS, a voice call or an authenticator app, and SMS or a call is needed to switch it on (2fa.directory, which lists amazon.co.jp under Amazon).',
        ),
        sources: [SS.twoFaAmazon],
      },
      {
        id: 'authenticator',
        topic: 'before',
        text: L(
          'Two-step verification needs a backup method: add an authenticator app, which does not depend on the Japanese number.',
        ),
        where: 'アカウントサービス → ログインとセキュリティ → 2段階認証の設定 → 認証アプリ',
        sources: [SS.chateauAmazon2sv, SS.purpleLizardAmazon],
      },
      {
        id: 'reset',
        topic: 'gone',
        text: L(
          'Without a working method, ask customer support for a two-step reset and upload an identity document; a residence card is accepted.',
        ),
        sources: [SS.acceltoolsAmazon, SS.appllioAmazon],
      },
    ],
  },
  {
    id: 'uber-eats',
    name: verbatim('Uber Eats'),
    nameJa: 'Uber Eats',
    group: 'shopping',
    domains: ['uber.com', 'ubereats.com'],
    facts: [
      {
        id: 'sms-code',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L('A change of phone number is confirmed with a code sent by SMS to the number.'),
        sources: [SS.uberPersonalInfo, SS.twoFaUberEats],
      },
      {
        id: 'change-number',
        topic: 'before',
        text: L(
          'Change the number in the app: menu → Settings (設定) → the bar showing your name, phone number and e-mail → enter the new number → Save (保存) → the code sent by SMS.',
        ),
        sources: [SS.uberPersonalInfo],
      },
      {
        id: 'authenticator',
        topic: 'before',
        text: L(
          'An authenticator app for two-step verification is switched on in the Uber app, not in the Uber Eats app (2fa.directory).',
        ),
        sources: [SS.twoFaUberEats],
      },
    ],
  },
  // ——— Online IDs and carrier accounts ———
  {
    id: 'yahoo-japan-id',
    name: verbatim('Yahoo! JAPAN ID'),
    nameJa: 'Yahoo! JAPAN ID',
    aliases: ['ヤフー', '雅虎'],
    group: 'accounts',
    domains: ['yahoo.co.jp', 'yahoo-help.jp'],
    facts: [
      {
        id: 'sign-in-code',
        topic: 'depends',
        kind: 'sms-login',
        text: L(
          'The code needed to sign in goes to the mobile number registered to the Yahoo! JAPAN ID: once the line is cancelled, you cannot sign in.',
        ),
        sources: [SS.yahooHelpArchived, SS.twoFaYahoo],
      },
      {
        id: 'second-method',
        topic: 'before',
        text: L(
          'Register more than one way to confirm it is you, such as an e-mail address, so the ID keeps working after the number goes.',
        ),
        sources: [SS.yahooHelpArchived],
      },
      {
        id: 'where',
        topic: 'before',
        text: L('The phone number, e-mail and sign-in settings are on the registration information page.'),
        where: '登録情報 → 登録情報の編集 / ログインとセキュリティ',
        sources: [SS.chogeYahoo],
      },
    ],
  },
  {
    id: 'au-id',
    name: L('au ID (and au PAY)'),
    nameJa: 'au ID（au PAY）',
    group: 'accounts',
    domains: ['au.com', 'auone.jp', 'kddi.com'],
    facts: [
      {
        id: 'number-is-id',
        topic: 'depends',
        kind: 'sms-login',
        text: L(
          'An au line’s au ID is its mobile number unless you changed it; 2fa.directory lists SMS as au’s second step.',
        ),
        sources: [SS.auIdFaq, SS.twoFaAu],
      },
      {
        id: 'own-id',
        topic: 'before',
        text: L(
          'An au ID changed to an ID of your own choosing before cancelling stays as it is after cancelling; changes are made on the au ID member site. Sources disagree on whether a phone-number au ID can still be changed: au’s current FAQ says no, an older au help page says it can be changed once.',
        ),
        where: 'au ID会員情報サイト',
        sources: [SS.auIdFaq, SS.auIdHelpOld],
      },
      {
        id: 'renamed',
        topic: 'after',
        text: L(
          'After cancelling, a phone-number au ID is renamed “number_cancellation date”; bills and history can still be seen with it, and au PAY keeps working with the new ID.',
        ),
        sources: [SS.fiveChAuId, SS.ttanimuAuId, SS.aozorablogAuPay],
      },
    ],
  },
  {
    id: 'd-account',
    name: L('d ACCOUNT (and d払い)'),
    nameJa: 'dアカウント（d払い）',
    aliases: ['docomo', 'ドコモ'],
    group: 'accounts',
    domains: ['docomo.ne.jp', 'nttdocomo.co.jp'],
    beforeCancel: true,
    facts: [
      {
        id: 'docomo-sms',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L(
          'With a docomo line linked, dアカウント two-step security codes come by SMS to the docomo number.',
        ),
        sources: [SS.usedoorDAccount],
      },
      {
        id: 'contact-number',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L(
          'Using d払い without a docomo line needs a contact mobile number: an 11-digit number issued in Japan that receives SMS (since November 2020).',
        ),
        sources: [SS.itmediaDBarai, SS.engadgetDBarai],
      },
      {
        id: 'contact-email',
        topic: 'before',
        text: L(
          'dアカウント survives cancelling the docomo line, but register a contact e-mail you will keep (not a @docomo.ne.jp address) before you cancel, or two-step verification and ID checks may stop working.',
        ),
        sources: [SS.dAccountAfterCancel],
        datesStep: true,
      },
      {
        id: 'recovery',
        topic: 'gone',
        text: L(
          'If neither a contact e-mail nor a contact mobile number is registered and you cannot sign in: “dアカウント復旧・調査” on the web, or a docomo shop with an identity document such as a driving licence.',
        ),
        sources: [SS.dAccountAfterCancel],
      },
      {
        id: 'within-200-days',
        topic: 'after',
        text: L(
          'After cancelling, continued use of the dアカウント can be arranged online within 200 days; after that, only at a docomo shop.',
        ),
        sources: [SS.fumibiDAccount, SS.monoreviDAccount],
        numbers: 'deadline',
      },
      {
        id: 'domestic-only',
        topic: 'foreign',
        text: L(
          'A foreign number cannot be the d払い contact number: it must be an 11-digit number issued in Japan.',
        ),
        sources: [SS.itmediaDBarai],
      },
    ],
  },
  // ——— Securities and crypto ———
  {
    id: 'rakuten-securities',
    name: L('Rakuten Securities'),
    nameJa: '楽天証券',
    group: 'investing',
    domains: ['rakuten-sec.co.jp'],
    facts: [
      {
        id: 'sms-two-step',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L(
          'Withdrawals, resetting or changing the trading PIN and changing the withdrawal account use two-step verification by SMS (since November 2020).',
        ),
        sources: [SS.rakutenSecSms],
      },
      {
        id: 'settings',
        topic: 'before',
        text: L(
          'SMS verification for withdrawals is optional and can be changed on the website; changing the phone number needs the trading PIN, and both the old and the new number get an SMS when it is done.',
        ),
        sources: [SS.rakutenSecSms],
      },
    ],
  },
  {
    id: 'coincheck',
    name: verbatim('Coincheck'),
    nameJa: 'Coincheck',
    aliases: ['コインチェック'],
    group: 'investing',
    domains: ['coincheck.com'],
    facts: [
      {
        id: 'sms-required',
        topic: 'depends',
        kind: 'sms-login',
        text: L('Coincheck requires SMS verification and an identity check before you can use it.'),
        sources: [SS.coincheckHelp, SS.twoFaCoincheck],
      },
      {
        id: 'change-number',
        topic: 'before',
        text: L(
          'Change the registered phone number on the new phone 30 minutes after signing in; crypto cannot be sent for 24 hours after the change. Move your authenticator app first.',
        ),
        sources: [SS.coincheckNumberChange],
        numbers: 'deadline',
      },
      {
        id: 'reset-two-step',
        topic: 'gone',
        text: L(
          'One person reset a lost authenticator through the inquiry form (“2段階認証ができない”) with a selfie holding their ID; it took about two weeks.',
        ),
        sources: [SS.birdCoincheck],
        numbers: 'deadline',
      },
      {
        id: 'japanese-number',
        topic: 'foreign',
        text: L('Register a Japanese mobile number: Coincheck says foreign numbers are not recommended.'),
        sources: [SS.coincheckNumberChange],
      },
    ],
  },
  {
    id: 'bitflyer',
    name: verbatim('bitFlyer'),
    nameJa: 'bitFlyer',
    aliases: ['ビットフライヤー'],
    group: 'investing',
    domains: ['bitflyer.com'],
    facts: [
      {
        id: 'code-choice',
        topic: 'depends',
        kind: 'sms-2fa',
        text: L('Confirmation codes come by e-mail, SMS or an authenticator app, as you choose.'),
        sources: [SS.twoFaBitflyer, SS.vcNaviBitflyer],
      },
      {
        id: 'switch-off-sms',
        topic: 'before',
        text: L('Switch the second step away from SMS.'),
        where: '設定 → セキュリティ設定 → 二段階認証設定を変更する',
        sources: [SS.vcNaviBitflyer],
      },
    ],
  },
  // ——— Government ———
  {
    id: 'myna-portal',
    name: L('Myna Portal (My Number Card)'),
    nameJa: 'マイナポータル（マイナンバーカード）',
    aliases: ['My Number', 'マイナンバー', '个人编号', '個人編號'],
    group: 'government',
    domains: ['digital.go.jp', 'myna.go.jp'],
    facts: [
      {
        id: 'card-or-phone',
        topic: 'depends',
        kind: 'none',
        text: L(
          'Myna Portal signs in with the My Number Card, or with a smartphone certificate written to one phone (one phone per person); no source we read says it sends codes to the phone number.',
        ),
        sources: [SS.itmediaSmartphoneCert],
      },
      {
        id: 'revoke-certificate',
        topic: 'before',
        text: L(
          'Before you hand over, sell or throw away the phone, revoke the smartphone certificate yourself: the law requires you to do it.',
        ),
        sources: [SS.digitalSmartphoneCert],
      },
      {
        id: 'card-ends',
        topic: 'leaving',
        text: L(
          'A foreign national cannot keep the My Number Card after moving abroad: it ends on the day of departure. A Japanese national can keep it through a continued-use procedure done by the day before departure.',
        ),
        sources: [SS.rittoCardAbroad, SS.iseCardAbroad],
        numbers: 'deadline',
      },
      {
        id: 'signature',
        topic: 'leaving',
        text: L(
          'With continued use, the signature certificate still ends on the day of departure; to use it abroad, have it re-issued before you leave.',
        ),
        sources: [SS.tomigusukuSignature],
      },
      {
        id: 'hotline',
        topic: 'gone',
        text: L(
          'The certificate on a lost or stolen phone is suspended or revoked by calling the My Number hotline (マイナンバー総合フリーダイヤル), 0120-95-0178, a free-dial number in Japan. From abroad, the Embassy of Japan in Singapore gives the My Number Card call centre in Japan, +81-3-6734-0170 (24 hours), for a lost card; it does not say whether that line also suspends the certificate on a phone.',
        ),
        // Shown once abroad, where a free-dial number cannot be called: the embassy's page gives the
        // call centre's international number for a lost card (the only one a page we read gives).
        sources: [SS.itmediaSmartphoneCert, SS.nagatoHotline, SS.sgEmbassyCardLost],
        numbers: 'contact',
      },
    ],
  },
  // ——— Transport and travel ———
  {
    id: 'mobile-suica',
    name: L('Mobile Suica'),
    nameJa: 'モバイルSuica',
    aliases: ['Suica', 'JR'],
    group: 'travel',
    domains: ['jreast.co.jp', 'mobilesuica.com'],
    beforeCancel: true,
    facts: [
      {
        id: 'no-codes',
        topic: 'depends',
        kind: 'none',
        text: L(
          'No source we read says Mobile Suica sends codes to the phone number; changing the credit card registered in the app needs 3-D Secure.',
        ),
        sources: [SS.suica3ds],
      },
      {
        id: 'withdraw-first',
        topic: 'before',
        text: L(
          'To leave Mobile Suica, withdraw before you cancel the phone contract: the balance is refunded to a bank account you name (a commuter pass, to the registered card), and it cannot be done inside the ticket gates. The menu names are from an older page.',
        ),
        where: '会員メニュー → 退会',
        sources: [SS.suicaWithdrawal],
        datesStep: true,
      },
      {
        id: 'lost-phone',
        topic: 'gone',
        text: L(
          'A lost phone’s Mobile Suica must be stopped through Mobile Suica itself (the carrier cannot stop it); re-issuing it on a new phone costs ¥510.',
        ),
        sources: [SS.suicaLostDevice],
        numbers: 'fee',
      },
    ],
  },
  {
    id: 'jal',
    name: L('JAL Mileage Bank'),
    nameJa: 'JALマイレージバンク',
    aliases: ['JAL', 'JMB', '日航'],
    group: 'travel',
    domains: ['jal.co.jp'],
    facts: [
      {
        id: 'email-otp',
        topic: 'depends',
        kind: 'none',
        text: L('JAL Mileage Bank’s one-time passwords go to the registered e-mail address, not by SMS.'),
        sources: [SS.jalOtpEmailForm, SS.aviationWireJal],
      },
      {
        id: 'keep-email',
        topic: 'before',
        text: L(
          'Keep the e-mail address current; signing in can also be linked to a Google, Yahoo! JAPAN or LINE ID.',
        ),
        where: '会員情報の参照・変更',
        sources: [SS.jalPasswordReset, SS.jalSnsLogin],
      },
      {
        id: 'email-form',
        topic: 'gone',
        text: L(
          'If one-time-password e-mails do not arrive, members of the Japan region who can still sign in change the e-mail address with a form; it takes about 3 business days.',
        ),
        sources: [SS.jalOtpEmailForm],
        numbers: 'deadline',
      },
      {
        id: 'country-code',
        topic: 'foreign',
        text: L(
          'The password-reset page tells members living outside Japan who registered with a country code to enter the number with it.',
        ),
        sources: [SS.jalPasswordReset],
      },
    ],
  },
  {
    id: 'ana',
    name: L('ANA Mileage Club'),
    nameJa: 'ANAマイレージクラブ',
    aliases: ['ANA', 'AMC', '全日空'],
    group: 'travel',
    domains: ['ana.co.jp'],
    facts: [
      {
        id: 'email-otp',
        topic: 'depends',
        kind: 'none',
        text: L(
          'ANA Mileage Club one-time passwords go to the e-mail address registered for important notices from ANA.',
        ),
        sources: [SS.anaLoginEn, SS.anaLoginJa],
      },
      {
        id: 'check-email',
        topic: 'before',
        text: L(
          'Check that the registered e-mail address is current: after signing in, open My Menu, then the member profile, and change the e-mail address there.',
        ),
        sources: [SS.anaTwoStepZhTw],
      },
      {
        id: 'service-center',
        topic: 'gone',
        text: L(
          'If one-time-password e-mails still do not arrive, the primary member contacts the ANA Mileage Club Service Center.',
        ),
        sources: [SS.anaLoginEn],
      },
    ],
  },
] satisfies ServiceInput[];
