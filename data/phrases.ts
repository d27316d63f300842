// Japanese for the shop counter and the phone, with a kana reading and the meaning. Our own
// wording (the fact sheet found no standard phrase for issuing an MNP number).
import type { PhraseData } from './schema';
import { L } from './text';

export const phrases = [
  {
    id: 'cancel-line',
    ja: 'この回線を解約したいです。',
    kana: 'このかいせんをかいやくしたいです。',
    meaning: { 'zh-CN': '我想解约这条线路。', en: "I'd like to cancel this line." },
    context: L(
      '开口第一句。对方可能会推荐别的套餐，不需要的话说「大丈夫です」（不用了）就行。',
      'Your opening line. Staff may suggest other plans; if you are not interested, 「大丈夫です」 (no, thank you) is enough.',
      '最初に伝える一言です。他のプランを勧められても、不要なら「大丈夫です」で構いません。',
    ),
  },
  {
    id: 'mnp-number',
    ja: '他社に乗り換えるので、MNP予約番号を発行していただけますか。',
    kana: 'たしゃにのりかえるので、エムエヌピーよやくばんごうをはっこうしていただけますか。',
    meaning: {
      'zh-CN': '我要换到其他运营商，请帮我发行 MNP 预约号码。',
      en: "I'm switching to another carrier — could you issue an MNP reservation number?",
    },
    context: L(
      '注意听 10 位号码和有效期限（有効期限），写下来后再念一遍确认。',
      'Listen for the 10-digit number and the expiry date (有効期限); write both down and read them back.',
      '10桁の番号と有効期限を聞き取り、書き留めてから読み上げて確認します。',
    ),
  },
  {
    id: 'effective-date',
    recordField: 'effectiveDate',
    ja: '解約日はいつになりますか。',
    kana: 'かいやくびはいつになりますか。',
    meaning: { 'zh-CN': '解约从哪一天开始生效？', en: 'From what date is the cancellation effective?' },
    context: L(
      '常见回答是「本日」（今天）或「月末」（月底）。记下日期。',
      'Expect 「本日」 (today) or 「月末」 (end of the month). Note the date.',
      '「本日」や「月末」といった答えが多いです。日付を控えます。',
    ),
  },
  {
    id: 'final-bill',
    ja: '最後の請求はいくらで、いつ届きますか。',
    kana: 'さいごのせいきゅうはいくらで、いつとどきますか。',
    meaning: {
      'zh-CN': '最后一次收费大概多少钱？账单什么时候到？',
      en: 'How much will the final bill be, and when will it come?',
    },
    context: L(
      '记下金额和月份。「日割り」是按天计算，「満額」是整月收费。',
      'Note the amount and the month. 「日割り」 means pro-rated; 「満額」 means the full month.',
      '金額と時期を控えます。日割りか1か月分（満額）かも聞き取ります。',
    ),
  },
  {
    // The proof tab's question for the amount alone (final-bill above also asks when it comes).
    id: 'final-bill-amount',
    recordField: 'finalBillYen',
    ja: '最終の請求額はいくらになりますか。',
    kana: 'さいしゅうのせいきゅうがくはいくらになりますか。',
    meaning: { 'zh-CN': '最后一期账单是多少钱？', en: 'How much will the final bill be?' },
    context: L(
      '记下金额。如果对方说还不确定，问一下什么时候能知道。',
      'Note the amount. If it is not known yet, ask when it will be.',
      '金額を控えます。まだ分からない場合は、いつ分かるかを確認します。',
    ),
  },
  {
    id: 'sim-return',
    ja: 'SIMカードは返却が必要ですか。',
    kana: 'シムカードはへんきゃくがひつようですか。',
    meaning: { 'zh-CN': 'SIM 卡需要交还吗？', en: 'Do I need to return the SIM card?' },
    context: L(
      '要寄回的话，问清地址和期限（返送先、期限）；不用的话，店员可能当场剪断，或让你自己处理。',
      'If it must go back, ask for the address and deadline (返送先, 期限). If not, staff may cut it for you or tell you to dispose of it yourself.',
      '返却が必要なら返送先と期限を、不要なら処分のしかたを確認します。',
    ),
  },
  {
    id: 'reception-number',
    recordField: 'referenceNumber',
    ja: '受付番号を教えていただけますか。',
    kana: 'うけつけばんごうをおしえていただけますか。',
    meaning: { 'zh-CN': '可以告诉我受理编号吗？', en: 'Could you give me the reference number?' },
    context: L(
      '这是你办过手续的凭证。记下编号、日期时间和工作人员姓名。',
      'This is your proof that the request was taken. Write down the number, the date and time, and the staff name.',
      '手続きをした証拠になります。番号・日時・担当者名を控えます。',
    ),
  },
  {
    id: 'staff-name',
    recordField: 'staffName',
    ja: 'ご担当者のお名前を伺ってもよろしいですか。',
    kana: 'ごたんとうしゃのおなまえをうかがってもよろしいですか。',
    meaning: {
      'zh-CN': '可以请问负责办理的工作人员叫什么名字吗？',
      en: 'May I ask the name of the person handling this?',
    },
    context: L(
      '记下姓名，也可以请对方写给你。以后再联系时，说出是谁办理的会更顺利。',
      'Write the name down, or ask them to write it for you. If you need to follow up, naming who handled it helps.',
      '名前を控えます。書いてもらっても構いません。後で問い合わせるときに役立ちます。',
    ),
  },
  {
    id: 'fees',
    ja: '解約金や手数料はかかりますか。',
    kana: 'かいやくきんやてすうりょうはかかりますか。',
    meaning: {
      'zh-CN': '解约需要付解约金或手续费吗？',
      en: 'Is there a cancellation fee or any other charge?',
    },
    context: L(
      '「かかりません」表示不收费。要收费的话，问清金额和会出现在哪一期账单上。',
      '「かかりません」 means no charge. If there is one, ask the amount and which bill it will be on.',
      '「かかりません」なら無料です。かかる場合は金額とどの請求に含まれるかを聞きます。',
    ),
  },
  {
    id: 'instalments',
    ja: '端末の残りの分割代金はどうなりますか。',
    kana: 'たんまつののこりのぶんかつだいきんはどうなりますか。',
    meaning: {
      'zh-CN': '手机剩下的分期款怎么处理？',
      en: 'What happens to the remaining handset instalments?',
    },
    context: L(
      '常见回答：继续每月支付（分割のまま），或一次付清（一括）。',
      'Usual answers: keep paying monthly (分割のまま) or pay the rest at once (一括).',
      '「分割のまま」か「一括」かという答えが多いです。',
    ),
  },
  {
    id: 'interpreter',
    holderType: ['foreign-resident', 'visitor'],
    ja: '英語か中国語の通訳サービスはありますか。',
    kana: 'えいごかちゅうごくごのつうやくサービスはありますか。',
    meaning: {
      'zh-CN': '有英语或中文的翻译服务吗？',
      en: 'Is there interpreter help in English or Chinese?',
    },
    context: L(
      '有的门店提供翻译协助。没有的话，就继续用本应用里的日语句子。',
      'Some shops offer interpreter help. If not, carry on with the Japanese phrases in this app.',
      '通訳サポートのある店もあります。なければこのアプリの日本語フレーズを使います。',
    ),
  },
  {
    id: 'leaving',
    ja: '近いうちに日本を離れるので、解約したいです。',
    kana: 'ちかいうちににほんをはなれるので、かいやくしたいです。',
    meaning: {
      'zh-CN': '我很快要离开日本，所以想解约。',
      en: "I'm leaving Japan soon, so I'd like to cancel.",
    },
    context: L(
      '说明要出国后，店员更容易告诉你出国后的付款方式和注意事项。',
      'Saying you are leaving helps staff explain how to pay after you go and what to watch out for.',
      '出国を伝えると、出国後の支払い方法や注意点を説明してもらいやすくなります。',
    ),
  },
  {
    id: 'written-confirmation',
    ja: '解約の内容をメールか書面でいただけますか。',
    kana: 'かいやくのないようをメールかしょめんでいただけますか。',
    meaning: {
      'zh-CN': '能用邮件或书面形式给我解约的内容吗？',
      en: 'Could I have the cancellation details by e-mail or in writing?',
    },
    context: L(
      '书面记录是以后最有力的凭证。给对方一个你会长期使用的邮箱。',
      'Written records are your strongest proof later. Give an e-mail address you will keep.',
      '書面の記録は後で一番強い証拠になります。今後も使うメールアドレスを伝えます。',
    ),
  },
  {
    id: 'options',
    ja: 'この回線のオプションもすべて解約してください。',
    kana: 'このかいせんのオプションもすべてかいやくしてください。',
    meaning: {
      'zh-CN': '请把这条线路的所有附加选项也一起取消。',
      en: 'Please cancel all the options on this line as well.',
    },
    context: L(
      '特别是手机保障和订阅类服务。再问一句有没有单独收费、会继续扣款的项目。',
      'Especially device care and subscriptions. Ask whether anything is billed separately and would carry on.',
      '特に端末補償やサブスクリプション。別請求で続くものがないかも確認します。',
    ),
  },
  {
    id: 'slowly',
    holderType: ['foreign-resident', 'visitor'],
    ja: 'もう少しゆっくり話していただけますか。',
    kana: 'もうすこしゆっくりはなしていただけますか。',
    meaning: { 'zh-CN': '可以说得慢一点吗？', en: 'Could you speak a little more slowly?' },
    context: L(
      '听不懂时随时可以说。也可以请对方写下来：「書いていただけますか」。',
      'Use it any time. You can also ask them to write it down: 「書いていただけますか」.',
      '聞き取れないときはいつでも使えます。「書いていただけますか」と書いてもらう方法もあります。',
    ),
  },
  {
    id: 'sim-unlock',
    ja: 'SIMロックの解除もお願いできますか。',
    kana: 'シムロックのかいじょもおねがいできますか。',
    meaning: { 'zh-CN': '能顺便帮我解除 SIM 锁吗？', en: 'Could you also remove the SIM lock?' },
    context: L(
      '要在解约之前办。可能会收手续费，先问清楚。',
      'Do it before the cancellation. There may be a fee, so ask first.',
      '解約より前に済ませます。手数料がかかる場合があるので先に聞きます。',
    ),
  },
  {
    id: 'payment-after',
    ja: '出国後の支払い方法を確認したいです。',
    kana: 'しゅっこくごのしはらいほうほうをかくにんしたいです。',
    meaning: {
      'zh-CN': '我想确认出国以后怎么付款。',
      en: "I'd like to check how to pay after I leave Japan.",
    },
    context: L(
      '问清最后一张账单怎么付，能不能用海外的信用卡。',
      'Ask how the final bill will be paid and whether a foreign card can be used.',
      '最後の請求の支払い方法と、海外のカードが使えるかを確認します。',
    ),
  },
] satisfies PhraseData[];
