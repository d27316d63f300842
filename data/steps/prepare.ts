// Phase 1 — prepare: what to decide and move while the line still works.
// Placeholders the engine fills: {provider}, {portal}, {leavingDate}.
import { L } from '../text';
import { notTravel, step } from './define';

export const prepareSteps = [
  step({
    id: 'prepare.keep-number',
    phase: 'prepare',
    title: L(
      '保留号码：准备携号转出（MNP）',
      'Keeping the number: prepare to port it (MNP)',
      '番号を残す：MNP（他社への乗り換え）を準備する',
    ),
    why: L(
      '携号转出时，旧线路会在新运营商完成转入的那一刻自动结束。只拿到 MNP 预约号码并不会结束线路，而自己先解约反而会失去号码。',
      'When you port, the old line ends by itself the moment the new carrier completes the switch. Getting an MNP reservation number alone ends nothing, and cancelling first would lose the number.',
      'MNPでは、乗り換え先で切り替えが完了した時点で今の回線は自動的に終わります。予約番号を取るだけでは何も終わらず、先に解約すると番号を失います。',
    ),
    how: L(
      '先选好新运营商，确认它和{provider}是否都参与 MNP 一站式。都参与的话只在新运营商处申请；否则向{provider}申请 MNP 预约号码，并在有效期内完成转入。不要另外申请解约。',
      'Choose the new carrier first and check whether both it and {provider} take part in MNP one-stop. If they do, apply only at the new carrier; if not, get an MNP reservation number from {provider} and finish the switch within its validity. Do not file a separate cancellation.',
      '先に乗り換え先を決め、乗り換え先と{provider}の両方がMNPワンストップに対応しているか確認します。対応していれば乗り換え先で申し込むだけ、そうでなければ{provider}でMNP予約番号を取り、有効期限内に切り替えを終えます。別に解約の申込みはしません。',
    ),
    appliesTo: { ...notTravel, numberPlan: ['keep'] },
    cites: ['mnpOneStop', 'channels'],
    citesGlobal: ['mnp-ends-old-line', 'mnp-one-stop', 'mnp-number-validity'],
  }),
  step({
    id: 'prepare.end-number',
    phase: 'prepare',
    title: L(
      '结束号码：确认真的可以放弃它',
      'Ending the number: make sure you can let it go',
      '番号をなくす：本当に手放してよいか確かめる',
    ),
    why: L(
      '普通解约后，这个号码就无法恢复，也不能再转到别的运营商。',
      'After a plain cancellation the number is gone for good and can no longer be moved to another carrier.',
      '通常の解約をすると番号は戻らず、他社へ移すこともできなくなります。',
    ),
    how: L(
      '如果以后在日本还可能用到这个号码（银行、工作单位、学校登记的号码等），可以考虑改为携号转到便宜的套餐。确定不需要后，再继续下面的步骤。',
      'If you may still need this number in Japan (for banks, work or school records), consider porting it to a cheap plan instead. Once you are sure, go on with the next steps.',
      '銀行・勤務先・学校などに登録した番号を日本で今後も使うかもしれないなら、安いプランへのMNPも検討します。手放すと決めたら次の手順へ進みます。',
    ),
    appliesTo: { ...notTravel, numberPlan: ['end'] },
    citesGlobal: ['plain-cancel-ends-number'],
  }),
  step({
    id: 'prepare.contract-check',
    phase: 'prepare',
    title: L(
      '查看合约：签约日期、续约月份和费用',
      'Check the contract: start date, renewal month and fees',
      '契約内容を確認する：契約日・更新月・手数料',
    ),
    why: L(
      '大多数套餐已经没有解约金，但旧合约、短期解约费和最后一个月的计费方式仍可能让你多付钱。',
      'Most plans no longer have a cancellation fee, but old contracts, short-term fees and the way the last month is billed can still cost you.',
      '多くのプランに解約金はもうありませんが、古い契約や短期解約の手数料、最終月の請求方法によっては費用がかかります。',
    ),
    how: L(
      '在{portal}里或合约文件上查看签约日期、套餐名称和有没有续约月份，再对照下面的费用信息。签约不到 8 天的话，可以考虑 8 天内初期解约（初期契約解除）。',
      'In {portal} or your contract papers, look up the start date, the plan name and any renewal month, then compare with the fees below. If the contract is less than 8 days old, consider the 8-day initial cancellation (初期契約解除).',
      '{portal}や契約書類で、契約日・プラン名・更新月の有無を確認し、下の手数料と照らし合わせます。契約から8日以内なら初期契約解除も検討します。',
    ),
    appliesTo: notTravel,
    documentIds: ['contract-papers', 'portal-login'],
    phraseIds: ['fees'],
    cites: ['fees', 'billing'],
    citesGlobal: ['eight-day-cancellation'],
  }),
  step({
    id: 'prepare.instalments',
    phase: 'prepare',
    title: L(
      '查看手机分期余款（残債）和手机返还计划',
      'Check the handset balance (残債) and any return programme',
      '端末の残債と返却プログラムを確認する',
    ),
    why: L(
      '线路结束后，手机分期通常还会继续扣款，出国后也一样。这是离开日本的人最常遇到的意外费用。',
      'Handset instalments usually keep running after the line ends, also once you are abroad. It is the most common surprise cost for people leaving Japan.',
      '回線が終わっても端末の分割払いは通常続き、出国後も同じです。日本を離れる人にとって最も多い想定外の出費です。',
    ),
    how: L(
      '在{portal}或账单上查看剩余期数和金额，决定是一次付清，还是继续分期并保留付款方式。参加了手机返还计划的话，确认归还手机的条件和期限。',
      'Look up the remaining months and amount in {portal} or on the bill. Decide whether to pay it off at once, or keep paying in instalments and keep the payment method open. If you joined a return programme, check its conditions and the deadline for handing the phone back.',
      '{portal}や請求書で残りの回数と金額を確認し、一括で払うか、分割を続けて支払い方法を残すかを決めます。返却プログラムに入っているなら、返却の条件と期限を確認します。',
    ),
    appliesTo: { ...notTravel, instalments: ['yes', 'unsure'] },
    documentIds: ['payment-method'],
    phraseIds: ['instalments'],
    cites: ['afterCancel'],
    citesGlobal: ['instalments-continue'],
  }),
  step({
    id: 'prepare.sim-unlock',
    phase: 'prepare',
    title: L(
      '要继续用这部手机：先解除 SIM 锁',
      'Keeping the phone: unlock it first',
      '端末を使い続ける：先にSIMロックを解除する',
    ),
    why: L(
      '解约后再解锁，可能要去门店付费办理，网上也可能办不了。',
      'After cancelling, an unlock may need a paid shop visit or may no longer be possible online.',
      '解約後のSIMロック解除は、ショップでの有料手続きになったり、Webでできなくなったりします。',
    ),
    how: L(
      '在{portal}里申请解除 SIM 锁（SIMロック解除），或在门店办理。有条件的话，插入其他运营商的 SIM 卡确认能用。',
      'Request the unlock (SIMロック解除) in {portal} or at a shop. If you can, test with another carrier’s SIM afterwards.',
      '{portal}かショップでSIMロック解除を申し込みます。できれば他社のSIMを入れて使えるか確かめます。',
    ),
    appliesTo: { ...notTravel, phone: ['keep'] },
    phraseIds: ['sim-unlock'],
    citesGlobal: ['sim-unlock-first'],
  }),
  step({
    id: 'prepare.move-sms-logins',
    phase: 'prepare',
    title: L(
      '趁线路还能用，把短信验证转到别的号码或方式',
      'Move SMS logins off this number while it still works',
      '回線が使えるうちに、SMS認証を別の番号・方法に移す',
    ),
    why: L(
      '银行、LINE、政府服务、加密货币交易所等常用短信发送验证码。号码一结束就收不到验证码，从海外重新设置会非常困难。',
      'Banks, LINE, government services and crypto exchanges often send login codes by SMS. Once the number ends the codes stop, and resetting from abroad can be very hard.',
      '銀行・LINE・行政サービス・暗号資産取引所などはSMSで認証コードを送ります。番号がなくなるとコードが届かず、海外からの再設定はとても大変です。',
    ),
    how: L(
      '列出用这个号码登录的服务：银行和信用卡、LINE、政府网上服务、交易所、购物网站。逐一改成新号码、验证器应用或邮箱，并保存恢复代码。LINE 要先登记密码和邮箱。',
      'List the services that use this number: banks and cards, LINE, government online services, exchanges, shopping sites. Switch each to a new number, an authenticator app or e-mail, and save the recovery codes. For LINE, register a password and an e-mail first.',
      'この番号を使うサービスを書き出します（銀行・カード、LINE、行政のオンラインサービス、取引所、通販サイト）。一つずつ新しい番号・認証アプリ・メールに切り替え、リカバリーコードを保存します。LINEは先にパスワードとメールを登録します。',
    ),
    appliesTo: { ...notTravel, numberPlan: ['end'] },
    citesGlobal: ['sms-logins'],
  }),
  step({
    id: 'prepare.carrier-email',
    phase: 'prepare',
    title: L(
      '停止使用运营商邮箱',
      'Stop using the carrier e-mail address',
      'キャリアメールを使わないようにする',
    ),
    why: L(
      '{provider}的运营商邮箱在解约或转出时就会停用，保留号码也一样。发到那里的通知和解约文件就收不到了。',
      'A carrier mailbox from {provider} stops when the line is cancelled or ported, even if you keep the number. Notices and cancellation papers sent there would be lost.',
      '{provider}のキャリアメールは、番号を残す場合でも解約・転出で使えなくなります。そこに届く通知や解約書類は受け取れなくなります。',
    ),
    how: L(
      '把各种服务和{provider}账户本身的登录邮箱、联系邮箱改成 Gmail 等长期使用的地址，解约时也用这个地址接收确认邮件。',
      'Change the login and contact e-mail of your services, and of your {provider} account itself, to an address you will keep, such as Gmail, and use it for the cancellation confirmation too.',
      '各サービスや{provider}のアカウントのログイン用・連絡用メールを、Gmailなど今後も使うアドレスに変更し、解約の確認メールもそのアドレスで受け取ります。',
    ),
    appliesTo: notTravel,
    documentIds: ['non-carrier-email'],
    cites: ['afterCancel'],
    citesGlobal: ['sms-logins'],
  }),
  step({
    id: 'prepare.points',
    phase: 'prepare',
    title: L('用掉或转走积分和余额', 'Use or move points and balances', 'ポイントや残高を使い切る・移す'),
    why: L(
      '运营商积分、预付余额和附加流量可能在解约时消失，通常也不退款。',
      'Carrier points, prepaid balances and add-ons can vanish at cancellation and are usually not refunded.',
      '通信会社のポイント、前払いの残高、追加データは解約で消えることが多く、普通は返金されません。',
    ),
    how: L(
      '在{portal}里查看积分和余额。能转到你继续使用的积分账户的先转走，其余的在解约前用掉。',
      'Check points and balances in {portal}. Move what can go to a points account you will keep and spend the rest before cancelling.',
      '{portal}でポイントと残高を確認します。引き続き使うポイントのアカウントに移せるものは移し、残りは解約前に使います。',
    ),
    appliesTo: notTravel,
    cites: ['afterCancel'],
    citesGlobal: ['points-vanish'],
  }),
  step({
    id: 'prepare.backup',
    phase: 'prepare',
    title: L('备份手机里的数据', "Back up the phone's data", '端末のデータをバックアップする'),
    why: L(
      '照片、通讯录、聊天记录和运营商的通话、短信应用里的记录可能在解约、换手机或删除 eSIM 时丢失。',
      'Photos, contacts, chats and records in the carrier’s own call and message apps can be lost when you cancel, switch phones or delete an eSIM.',
      '写真・連絡先・トーク履歴、通信会社の通話・メッセージアプリ内の記録は、解約・機種変更・eSIM削除で失われることがあります。',
    ),
    how: L(
      '用 iCloud、Google 账户或电脑做一次完整备份。LINE 的聊天记录要另外备份。运营商邮箱里需要的邮件要另存。',
      'Make a full backup to iCloud, your Google account or a computer. Back up LINE chats separately, and save any mail you need from the carrier mailbox.',
      'iCloud・Googleアカウント・パソコンに全体をバックアップします。LINEのトーク履歴は別にバックアップし、キャリアメールで必要なものは保存します。',
    ),
    appliesTo: notTravel,
    cites: ['afterCancel'],
  }),
  step({
    id: 'prepare.options',
    phase: 'prepare',
    title: L(
      '结束与线路绑定的选项和捆绑服务',
      'End options and bundled services tied to the line',
      '回線にひも付くオプションやセットのサービスを解約する',
    ),
    why: L(
      '有些选项（手机保障、订阅、通过话费付款的服务）在线路结束后仍会继续收费；家庭宽带等捆绑服务也不会自动结束，只是失去折扣。',
      'Some options (device care, subscriptions, services paid through the phone bill) keep charging after the line ends, and bundled home internet does not end by itself — it only loses the discount.',
      '端末補償、サブスクリプション、携帯料金と合算で払うサービスなどは、回線の解約後も請求が続くことがあります。光回線などのセットは自動では終わらず、割引がなくなるだけです。',
    ),
    how: L(
      '在{portal}里列出所有选项和通过话费付款的服务，逐一取消或改用别的付款方式。要离开日本的话，家庭宽带要另外解约并归还设备。',
      'In {portal}, list every option and every service billed through the phone, then cancel each one or move it to another payment method. If you are leaving Japan, cancel home internet separately and return its equipment.',
      '{portal}でオプションと携帯料金合算の支払いをすべて確認し、解約するか別の支払い方法に変えます。日本を離れるなら、光回線なども別に解約して機器を返却します。',
    ),
    appliesTo: notTravel,
    phraseIds: ['options'],
    cites: ['afterCancel'],
  }),
  step({
    id: 'prepare.choose-day',
    phase: 'prepare',
    title: L('选好办理的日子', 'Choose the day', '手続きする日を決める'),
    why: L(
      '很多运营商最后一个月按整月收费，有的有每月截止日，晚上某个时间以后的申请算第二天。日子选错，可能多付一个月。',
      'Many carriers bill the last month in full, some have a monthly cut-off day, and late-evening requests can count as the next day. The wrong day can cost an extra month.',
      '最終月を1か月分請求する通信会社が多く、毎月の締め日がある通信会社や、夜の一定時刻以降の申込みを翌日扱いにする通信会社もあります。日を誤ると1か月分余計にかかります。',
    ),
    how: L(
      '对照下面的截止规则和计费方式：整月计费的，在月底前几天的白天办理；有截止日的，在截止日之前办理。要离开日本的话，留出几天余量，并在还能收短信的时候办理。',
      'Read the cut-off and billing rules below. With full-month billing, act a few days before the month-end, during the day; with a cut-off day, act before it. If you are leaving Japan, leave a few days of margin and act while you can still receive SMS.',
      '下の締め日と請求方法を確認します。1か月分請求なら月末の数日前の日中に、締め日があるならその前に手続きします。日本を離れるなら数日の余裕を持ち、SMSを受け取れるうちに行います。',
    ),
    appliesTo: notTravel,
    cites: ['cutoff', 'billing'],
  }),
  step({
    id: 'prepare.leaving-plan',
    phase: 'prepare',
    title: L(
      '{leavingDate} 离开日本：从出发日倒推安排',
      'Leaving Japan on {leavingDate}: plan backwards',
      '{leavingDate}に出国：逆算して予定を立てる',
    ),
    why: L(
      '出发以后，收短信、去门店、打日本国内电话都会变难。最后一张账单通常在解约 1–2 个月后才到，而未付款项会影响以后在日本签约。',
      'Once you have left, SMS codes, shop visits and domestic calls become hard. The final bill usually comes 1–2 months after cancelling, and unpaid amounts can affect future contracts in Japan.',
      '出国後はSMSの受信、来店、国内への電話が難しくなります。最後の請求は解約の1〜2か月後に届くことが多く、未払いは日本での今後の契約に影響します。',
    ),
    how: L(
      '在出发前几天办完解约，不要留到机场。确认最后一张账单在海外也能付：保留信用卡，或在最后一笔扣款前不要关闭银行账户；运营商允许的话，登记海外信用卡。',
      'Finish the cancellation a few days before departure, not at the airport. Make sure the final bill can be paid from abroad: keep the credit card, or keep the bank account open until the last debit; register a foreign card if the carrier allows it.',
      '解約は出国の数日前までに済ませ、空港まで持ち越さないようにします。最後の請求を海外から払えるように、クレジットカードを残すか、最後の引き落としまで口座を残します。可能なら海外のカードを登録します。',
    ),
    appliesTo: { ...notTravel, leaving: true },
    documentIds: ['payment-method', 'overseas-contact'],
    phraseIds: ['leaving', 'payment-after'],
    cites: ['afterCancel'],
    citesGlobal: ['cancel-before-departure', 'final-bill-timing', 'unpaid-shared'],
  }),
  step({
    id: 'prepare.travel-check',
    phase: 'prepare',
    title: L(
      '查看旅行 eSIM 的到期日和是否自动续费',
      "Check the travel eSIM's end date and whether it renews",
      '旅行用eSIMの有効期限と自動更新の有無を確認する',
    ),
    why: L(
      '一次性套餐到期就结束，不需要解约；订阅型套餐会自动续费并继续扣款。',
      'A one-off plan just ends when it expires, with nothing to cancel; a subscription renews and keeps charging.',
      '1回きりのプランは期限で終わり解約は不要ですが、サブスクリプションは自動更新され請求が続きます。',
    ),
    how: L(
      '打开购买 eSIM 的应用或网站，查看套餐类型、到期日和剩余流量，记下有没有自动续费或订阅。',
      'Open the app or website you bought it from and check the plan type, the end date and the data left. Note whether there is auto-renew or a subscription.',
      '購入したアプリかWebで、プランの種類・有効期限・残りデータを確認し、自動更新やサブスクリプションがあるかを書き留めます。',
    ),
    appliesTo: { providerKind: ['travel-esim'] },
    documentIds: ['portal-login'],
    cites: ['cancelChannels', 'billing'],
  }),
];
