// Facts that hold for every provider (MNP, eSIM menus, bills, residence card, 188), with sources
// from the fact sheet. Steps cite them by id; the checklist shows them with their sources.
import type { GlobalFactData } from './schema';
import { asOtherProviderPage, S } from './sources';
import { L } from './text';

export const globalFacts = [
  {
    id: 'mnp-ends-old-line',
    label: L('携号转出与解约', 'Porting and cancelling', 'MNPと解約'),
    value: L(
      '拿到 MNP 预约号码并不会解约。新运营商开通号码、转入完成时，旧合约自动结束；要携号转出的话，不要自己先解约。',
      'Getting an MNP reservation number cancels nothing. The old contract ends by itself when the new carrier completes the switch; if you port, do not cancel the old line yourself.',
      'MNP予約番号を取っただけでは解約になりません。乗り換え先で切り替えが完了した時点で旧契約は自動的に終わります。番号を移すなら、自分で先に解約しないでください。',
    ),
    sources: [S.oneplatMnp, S.benefonNumberCancel, asOtherProviderPage(S.ymobileAgreement), S.soumuMnp],
  },
  {
    id: 'plain-cancel-ends-number',
    label: L('普通解约后的号码', 'The number after a plain cancellation', '通常の解約後の番号'),
    value: L(
      '普通解约会结束这个号码，之后就不能再携号转出。',
      'A plain cancellation ends the number; it can no longer be ported afterwards.',
      '通常の解約をすると番号はなくなり、後から他社へ移すことはできません。',
    ),
    sources: [S.hikkoshiSoftbank, S.simchangeSoftbank],
  },
  {
    id: 'mnp-number-validity',
    label: L('MNP 预约号码', 'The MNP reservation number', 'MNP予約番号'),
    value: L(
      '10 位数字，含发行当天有效 15 天，不能延长。很多新运营商在网上申请时要求至少还剩 10–12 天。自 2021 年 4 月起转出手续费原则上免费。',
      'A 10-digit number, valid 15 days counting the issue day, and it cannot be extended. Many new carriers want at least 10–12 days left for an online sign-up. Since April 2021 the transfer-out fee is free in principle.',
      '10桁の番号で、発行日を含めて15日間有効、延長はできません。乗り換え先のWeb申込みでは残り10〜12日以上を求められることが多いです。2021年4月から転出手数料は原則無料です。',
    ),
    sources: [S.simfreeMnp, S.simchangeMnp, asOtherProviderPage(S.ymobileNecessaries), S.govOnlineMnp],
  },
  {
    id: 'mnp-one-stop',
    label: L('MNP 一站式是怎么回事', 'How MNP one-stop works', 'MNPワンストップのしくみ'),
    value: L(
      '自 2023-05-24 起，参与的运营商之间只需在新运营商处申请，不需要预约号码。参与者（截至 2023-07-03）：docomo（含 ahamo）、au（含 UQ mobile、povo）、软银（含 Y!mobile、LINEMO）、乐天移动、日本通信、b-mobile、Japanet、mineo。',
      'Since 2023-05-24, between participating carriers you apply only at the new carrier, with no reservation number. Participants as of 2023-07-03: docomo (incl. ahamo), au (incl. UQ mobile, povo), SoftBank (incl. Y!mobile, LINEMO), Rakuten Mobile, Japan Communications, b-mobile, Japanet and mineo.',
      '2023-05-24から、対応する通信会社同士なら乗り換え先で申し込むだけで予約番号は不要です。対応事業者（2023-07-03時点）：ドコモ（ahamo含む）、au（UQモバイル・povo含む）、ソフトバンク（ワイモバイル・LINEMO含む）、楽天モバイル、日本通信、b-mobile、ジャパネットたかた、mineo。',
    ),
    sources: [S.benefonOneStop, S.inestOneStop],
  },
  {
    id: 'eight-day-cancellation',
    label: L('8 天内初期解约', 'Initial cancellation within 8 days', '初期契約解除（8日間）'),
    value: L(
      '按电信事业法，按月合约可在 8 天内解除，签约当天算第 1 天。但部分手续费等仍可能不退。',
      'Under the Telecommunications Business Act a monthly contract can be cancelled within 8 days, counting the start day as day 1. Some fees may still not be refunded.',
      '電気通信事業法により、月額の契約は8日以内なら解除でき、契約開始日を1日目と数えます。ただし一部の手数料などは返金されないことがあります。',
    ),
    sources: [asOtherProviderPage(S.sakuraEightDay), asOtherProviderPage(S.ymobileEightDay)],
  },
  {
    id: 'instalments-continue',
    label: L('手机分期余款', 'Handset instalments', '端末の残債'),
    value: L(
      '即使线路可以免费解约，剩余的手机分期（常为 48 期）也会继续收取或一次性收取，回国后也一样。各家的手机返还计划（いつでもカエドキプログラム、スマホトクするプログラム、新トクするサポート+、買い替え超トクプログラム）在约两年后交还手机可免除余款。',
      'Even when the line itself can be cancelled for free, the remaining handset instalments (often 48 months) keep running or are billed at once, also after you go home. Return programmes (いつでもカエドキプログラム, スマホトクするプログラム, 新トクするサポート+, 買い替え超トクプログラム) waive the rest if the phone is handed back after about two years.',
      '回線は無料で解約できても、端末の分割払い（48回が多い）は帰国後も続くか一括で請求されます。各社の返却プログラム（いつでもカエドキプログラム、スマホトクするプログラム、新トクするサポート+、買い替え超トクプログラム）は約2年後に端末を返すと残りが免除されます。',
    ),
    sources: [S.relocationJapan, S.asciiReturnPrograms, S.ezicFeeGuide],
  },
  {
    id: 'sim-unlock-first',
    label: L('SIM 锁', 'SIM lock', 'SIMロック'),
    value: L(
      '要继续用这部手机的话，先解除 SIM 锁再解约；有的运营商解约后只能到门店付费办理。',
      'If you keep the phone, unlock it before cancelling; at some carriers it becomes a paid in-store procedure afterwards.',
      '端末を使い続けるなら解約前にSIMロックを解除します。解約後はショップでの有料手続きになる通信会社もあります。',
    ),
    sources: [S.mobaoneYmobile, S.bitwaveDocomo],
  },
  {
    id: 'sms-logins',
    label: L('短信验证和运营商邮箱', 'SMS logins and the carrier mailbox', 'SMS認証とキャリアメール'),
    value: L(
      '号码没了，短信验证码就收不到；运营商邮箱（以运营商域名结尾的地址）解约后也会消失。放弃的号码以后可能分配给别人。LINE 换号码要先登记好密码、当前号码和邮箱。',
      'Without the number, SMS codes stop arriving, and the carrier mailbox (an address at the carrier’s own domain) disappears at cancellation. A number you give up can later go to someone else. For LINE, register a password, the current number and an e-mail before switching.',
      '番号がなくなるとSMSの認証コードは届かず、キャリアメール（通信会社のドメインのアドレス）も解約で使えなくなります。手放した番号は後で他の人に割り当てられることがあります。LINEは切り替え前にパスワード・現在の電話番号・メールアドレスを登録しておきます。',
    ),
    sources: [S.pcyorozuLogins, S.thebaseSms, S.denwakunNumberChange, S.mynaviLine, S.nikkeiLine],
  },
  {
    id: 'points-vanish',
    label: L('运营商积分', 'Carrier points', '通信会社のポイント'),
    value: L(
      '解约后运营商积分可能消失，请先用掉或转走。',
      'Carrier points can vanish at cancellation: use or move them first.',
      '解約で通信会社のポイントが消えることがあるため、先に使うか移します。',
    ),
    sources: [S.howtoMnpPoints, S.kametokaruu],
  },
  {
    id: 'esim-profile-vs-contract',
    label: L('eSIM 配置文件与合约', 'eSIM profile and contract', 'eSIMプロファイルと契約'),
    value: L(
      '删除 eSIM 配置文件不会解约，账户和收费会一直持续到你向运营商解约为止；反过来，解约也不会自动删除手机里的配置文件。删除不可恢复，同一个二维码不能再用。',
      'Deleting the eSIM profile does not cancel the plan; the account and billing go on until you cancel with the carrier. The other way round, cancelling does not remove the profile from the phone. Deleting cannot be undone and the same QR code cannot be reused.',
      'eSIMプロファイルを削除しても解約にはならず、契約と請求は解約するまで続きます。逆に、解約しても端末のプロファイルは残ります。削除は元に戻せず、同じQRコードは再利用できません。',
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
    label: L('删除 eSIM 的菜单', 'Where to delete an eSIM', 'eSIMの削除メニュー'),
    value: L(
      'iPhone：设置 → 蜂窝网络 → 选择该号码 → 删除 eSIM。Pixel：设置 → 网络和互联网 → SIM 卡 → 选择 eSIM → 清除 SIM 卡。Galaxy：设置 → 连接 → SIM 卡管理器 → 选择 eSIM → 删除。菜单名称因系统版本而异。',
      'iPhone: Settings → Cellular (Mobile Data) → the plan → Delete eSIM. Pixel: Settings → Network & internet → SIMs → the eSIM → Erase SIM. Galaxy: Settings → Connections → SIM manager → the eSIM → Remove. Labels vary by version.',
      'iPhone：設定 → モバイル通信 → 回線を選ぶ → モバイル通信プランを削除。Pixel：設定 → ネットワークとインターネット → SIM → eSIMを選ぶ → SIMを消去。Galaxy：設定 → 接続 → SIMマネージャー → eSIMを選ぶ → 削除。名称はバージョンにより異なります。',
    ),
    sources: [S.communityFibreEsim, S.gadgetsfeedEsim, S.kaitoriEsim, S.otonaLifeEsim],
    esimOnly: true,
  },
  {
    id: 'esim-delete-needs-sms',
    label: L('先解约，后删除', 'Cancel first, delete after', '解約が先、削除は後'),
    value: L(
      '如果在解约前删除 eSIM，可能就收不到网上解约所需的短信验证码：有的运营商会把验证码发到要解约的这条线路上。',
      'Deleting the eSIM before cancelling can cost you the SMS needed for online cancellation: some carriers send the security code to the very line being cancelled.',
      '解約前にeSIMを削除すると、Web解約に必要なSMSが受け取れなくなることがあります。解約する回線そのものに認証コードを送る通信会社があるためです。',
    ),
    sources: [S.docomoWebCancel],
    esimOnly: true,
  },
  {
    id: 'sim-cut-before-disposal',
    label: L('丢弃前剪断', 'Cut before throwing away', '捨てる前に切断'),
    value: L(
      'SIM 卡芯片里有你的号码和信息，丢弃前把芯片剪断。',
      'The chip holds your number and information: cut through it before you throw the card away.',
      'ICチップには番号などの情報が入っているので、捨てる前にチップ部分を切ります。',
    ),
    sources: [S.kotomobileReturn],
  },
  {
    id: 'final-bill-timing',
    label: L('最后一张账单', 'The final bill', '最後の請求'),
    value: L(
      '账单通常晚 1–2 个月（有时 3 个月）才到。账户里留 1–2 个月的钱；用银行账户自动扣款的话，扣完最后一笔之前不要销户。不真正解约的话，出国期间也会一直收费。',
      'Bills usually come 1–2 (sometimes 3) months in arrears. Leave 1–2 months of funds; if the bill is paid by bank debit (口座振替), keep the account open until the last deduction. Fees continue while you are abroad unless you actually cancel.',
      '請求は通常1〜2か月（ときに3か月）遅れて届きます。1〜2か月分の残高を残し、口座振替なら最後の引き落としまで口座を解約しないでください。実際に解約しない限り、海外にいても料金はかかり続けます。',
    ),
    sources: [S.oistCancelling, S.jetSendai, S.docosma, S.caseySoftbank, S.ritsumeikanFees],
  },
  {
    id: 'unpaid-shared',
    label: L('未付款项', 'Unpaid amounts', '未払い'),
    value: L(
      '未付款项会在运营商之间共享，可能影响以后在日本签约。',
      'Unpaid amounts are shared between carriers and can affect future contracts in Japan.',
      '未払いは通信会社の間で共有され、日本での今後の契約に影響することがあります。',
    ),
    sources: [asOtherProviderPage(S.auLeavingCountry)],
  },
  {
    id: 'residence-card-return',
    label: L('在留卡', 'Residence card', '在留カード'),
    value: L(
      '不带再入国许可永久离开时，在机场告诉入境审查官，卡会被打孔作废后还给你。否则须在 14 天内交还：到地方出入国在留管理局，或寄到 〒135-0064 東京都江東区青海2-7-11 東京港湾合同庁舎9階 東京出入国在留管理局おだいば分室（信封上写「在留カード等返納」）。不交还可能被罚款。打算回来的话不要误交。',
      'Leaving for good without a re-entry permit: tell the immigration officer at the airport; the card is punched and handed back. Otherwise return it within 14 days, in person at a regional immigration bureau or by post to 〒135-0064 東京都江東区青海2-7-11 東京港湾合同庁舎9階 東京出入国在留管理局おだいば分室 with 「在留カード等返納」 on the envelope. Not returning it can be fined. Do not hand it in by mistake if you plan to come back.',
      '再入国許可なしで出国する場合は空港の入国審査官に伝えると、カードに穴を開けて返してくれます。それ以外は14日以内に、地方出入国在留管理局へ持参するか、〒135-0064 東京都江東区青海2-7-11 東京港湾合同庁舎9階 東京出入国在留管理局おだいば分室へ郵送します（封筒に「在留カード等返納」と書く）。返納しないと罰金の可能性があります。戻る予定なら誤って返納しないでください。',
    ),
    sources: [S.mojResidenceCard, S.imsvisaResidenceCard, S.kofukuResidenceCard],
  },
  {
    id: 'consumer-hotline-188',
    label: L('消费者热线 188', 'Consumer hotline 188', '消費者ホットライン188'),
    value: L(
      '拨打 188，按邮政编码转接到附近的消费生活中心，咨询免费（通话费自付）。这是日本国内号码，所以可能有纠纷时要在出国前打。',
      'Dial 188 to be routed by postal code to a nearby consumer centre; the advice is free (you pay the call). It is a domestic number, so call before you leave if a dispute is likely.',
      '188に電話すると郵便番号から近くの消費生活センターにつながり、相談は無料です（通話料は自己負担）。国内の番号なので、トラブルになりそうなら出国前に電話します。',
    ),
    sources: [S.govOnline188],
  },
  {
    id: 'cancel-before-departure',
    label: L('出发前解约', 'Cancel before departure', '出国前に解約'),
    value: L(
      '要在出发前解约：机场的运营商柜台可能很慢，也不一定接受代办。',
      'Cancel before departure: airport carrier counters can be slow and may not accept a proxy.',
      '出国前に解約します。空港の通信会社カウンターは時間がかかることがあり、代理人での手続きも受け付けない場合があります。',
    ),
    sources: [S.jetSendai, S.hokudaiChecklist],
  },
] satisfies GlobalFactData[];
