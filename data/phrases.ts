// Japanese for the shop counter and the phone, with a kana reading and the meaning. Our own
// wording (the fact sheet found no standard phrase for issuing an MNP number).
import type { PhraseData } from './schema';
import { L } from './text';

export const phrases = [
  {
    id: 'cancel-line',
    ja: 'この回線を解約したいです。',
    kana: 'このかいせんをかいやくしたいです。',
    meaning: L("I'd like to cancel this line."),
    context: L(
      'Your opening line. Staff may suggest other plans; if you are not interested, 「大丈夫です」 (no, thank you) is enough.',
    ),
  },
  {
    id: 'mnp-number',
    ja: '他社に乗り換えるので、MNP予約番号を発行していただけますか。',
    kana: 'たしゃにのりかえるので、エムエヌピーよやくばんごうをはっこうしていただけますか。',
    meaning: L("I'm switching to another carrier — could you issue an MNP reservation number?"),
    context: L(
      'Listen for the 10-digit number and the expiry date (有効期限); write both down and read them back.',
    ),
  },
  {
    id: 'effective-date',
    recordField: 'effectiveDate',
    ja: '解約日はいつになりますか。',
    kana: 'かいやくびはいつになりますか。',
    meaning: L('From what date is the cancellation effective?'),
    context: L('Expect 「本日」 (today) or 「月末」 (end of the month). Note the date.'),
  },
  {
    id: 'final-bill',
    ja: '最後の請求はいくらで、いつ届きますか。',
    kana: 'さいごのせいきゅうはいくらで、いつとどきますか。',
    meaning: L('How much will the final bill be, and when will it come?'),
    context: L('Note the amount and the month. 「日割り」 means pro-rated; 「満額」 means the full month.'),
  },
  {
    // The proof tab's question for the amount alone (final-bill above also asks when it comes).
    id: 'final-bill-amount',
    recordField: 'finalBillYen',
    ja: '最終の請求額はいくらになりますか。',
    kana: 'さいしゅうのせいきゅうがくはいくらになりますか。',
    meaning: L('How much will the final bill be?'),
    context: L('Note the amount. If it is not known yet, ask when it will be.'),
  },
  {
    id: 'sim-return',
    ja: 'SIMカードは返却が必要ですか。',
    kana: 'シムカードはへんきゃくがひつようですか。',
    meaning: L('Do I need to return the SIM card?'),
    context: L(
      'If it must go back, ask for the address and deadline (返送先, 期限). If not, staff may cut it for you or tell you to dispose of it yourself.',
    ),
  },
  {
    id: 'reception-number',
    recordField: 'referenceNumber',
    ja: '受付番号を教えていただけますか。',
    kana: 'うけつけばんごうをおしえていただけますか。',
    meaning: L('Could you give me the reference number?'),
    context: L(
      'This is your proof that the request was taken. Write down the number, the date and time, and the staff name.',
    ),
  },
  {
    id: 'staff-name',
    recordField: 'staffName',
    ja: 'ご担当者のお名前を伺ってもよろしいですか。',
    kana: 'ごたんとうしゃのおなまえをうかがってもよろしいですか。',
    meaning: L('May I ask the name of the person handling this?'),
    context: L(
      'Write the name down, or ask them to write it for you. If you need to follow up, naming who handled it helps.',
    ),
  },
  {
    id: 'fees',
    ja: '解約金や手数料はかかりますか。',
    kana: 'かいやくきんやてすうりょうはかかりますか。',
    meaning: L('Is there a cancellation fee or any other charge?'),
    context: L(
      '「かかりません」 means no charge. If there is one, ask the amount and which bill it will be on.',
    ),
  },
  {
    id: 'instalments',
    ja: '端末の残りの分割代金はどうなりますか。',
    kana: 'たんまつののこりのぶんかつだいきんはどうなりますか。',
    meaning: L('What happens to the remaining handset instalments?'),
    context: L('Usual answers: keep paying monthly (分割のまま) or pay the rest at once (一括).'),
  },
  {
    id: 'interpreter',
    holderType: ['foreign-resident', 'visitor'],
    ja: '英語か中国語の通訳サービスはありますか。',
    kana: 'えいごかちゅうごくごのつうやくサービスはありますか。',
    meaning: L('Is there interpreter help in English or Chinese?'),
    context: L(
      'Some carriers offer interpreter help. If not, carry on with the Japanese phrases in this app.',
    ),
  },
  {
    id: 'leaving',
    ja: '近いうちに日本を離れるので、解約したいです。',
    kana: 'ちかいうちににほんをはなれるので、かいやくしたいです。',
    meaning: L("I'm leaving Japan soon, so I'd like to cancel."),
    context: L(
      'Saying you are leaving helps staff explain how to pay after you go and what to watch out for.',
    ),
  },
  {
    id: 'written-confirmation',
    ja: '解約の内容をメールか書面でいただけますか。',
    kana: 'かいやくのないようをメールかしょめんでいただけますか。',
    meaning: L('Could I have the cancellation details by e-mail or in writing?'),
    context: L('Written records are your strongest proof later. Give an e-mail address you will keep.'),
  },
  {
    id: 'options',
    ja: 'この回線のオプションもすべて解約してください。',
    kana: 'このかいせんのオプションもすべてかいやくしてください。',
    meaning: L('Please cancel all the options on this line as well.'),
    context: L(
      'Especially device care and subscriptions. Ask whether anything is billed separately and would carry on.',
    ),
  },
  {
    id: 'slowly',
    holderType: ['foreign-resident', 'visitor'],
    ja: 'もう少しゆっくり話していただけますか。',
    kana: 'もうすこしゆっくりはなしていただけますか。',
    meaning: L('Could you speak a little more slowly?'),
    context: L('Use it any time. You can also ask them to write it down: 「書いていただけますか」.'),
  },
  {
    id: 'sim-unlock',
    ja: 'SIMロックの解除もお願いできますか。',
    kana: 'シムロックのかいじょもおねがいできますか。',
    meaning: L('Could you also remove the SIM lock?'),
    context: L('Do it before the cancellation. There may be a fee, so ask first.'),
  },
  {
    id: 'payment-after',
    ja: '出国後の支払い方法を確認したいです。',
    kana: 'しゅっこくごのしはらいほうほうをかくにんしたいです。',
    meaning: L("I'd like to check how to pay after I leave Japan."),
    context: L('Ask how the final bill will be paid and whether a foreign card can be used.'),
  },
] satisfies PhraseData[];
