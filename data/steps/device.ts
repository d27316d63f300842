// Phase 3 — device: the eSIM profile, the physical card (as the provider's rule says), the phone.
import { L } from '../text';
import { notTravel, step } from './define';

export const deviceSteps = [
  step({
    id: 'device.esim-delete',
    phase: 'device',
    title: L(
      '确认解约完成后，再删除 eSIM',
      'Delete the eSIM only after the cancellation is confirmed',
      '解約が確認できてからeSIMを削除する',
    ),
    why: L(
      '删除 eSIM 不等于解约，解约也不会删除手机里的 eSIM。删得太早，可能收不到解约需要的短信；而且删除后无法恢复。',
      'Deleting the eSIM does not end the contract, and cancelling does not remove the eSIM. Delete too early and you may lose the SMS the cancellation needs — and a deleted profile cannot be restored.',
      'eSIMを削除しても解約にはならず、解約しても端末のeSIMは消えません。早く消しすぎると解約に必要なSMSを受け取れなくなり、削除したプロファイルは元に戻せません。',
    ),
    how: L(
      '先确认已收到解约完成（或转入完成）的通知。然后——iPhone：设置 → 蜂窝网络 → 选择该号码 → 删除 eSIM。Pixel：设置 → 网络和互联网 → SIM 卡 → 选择该 eSIM → 清除 SIM 卡。Galaxy：设置 → 连接 → SIM 卡管理器 → 选择该 eSIM → 删除。菜单名称会因系统版本略有不同。如果是携号转出，只删除旧的那个。',
      'First make sure the cancellation (or the port) is confirmed. Then — iPhone: Settings → Cellular (or Mobile Data) → the plan → Delete eSIM. Pixel: Settings → Network & internet → SIMs → the eSIM → Erase SIM. Galaxy: Settings → Connections → SIM manager → the eSIM → Remove. Menu names vary a little by version. If you ported, delete only the old profile.',
      'まず解約（または転出）の完了を確認します。そのうえで、iPhone：設定 → モバイル通信 → 回線を選ぶ → モバイル通信プランを削除。Pixel：設定 → ネットワークとインターネット → SIM → そのeSIM → SIMを消去。Galaxy：設定 → 接続 → SIMマネージャー → そのeSIM → 削除。メニュー名はバージョンによって少し異なります。乗り換えた場合は古いプロファイルだけを削除します。',
    ),
    appliesTo: { ...notTravel, cardKind: ['esim'] },
    citesGlobal: ['esim-profile-vs-contract', 'esim-delete-needs-sms', 'esim-delete-menus'],
  }),
  step({
    id: 'device.sim-mail-back',
    phase: 'device',
    title: L('按规定寄回 SIM 卡', 'Mail the SIM card back', 'SIMカードを返送する'),
    why: L(
      '{provider}要求交还 SIM 卡（规则见下方）；不交还可能被收取罚款。',
      '{provider} asks for the SIM card back (see the rule below); not returning it can bring a penalty.',
      '{provider}はSIMカードの返却を求めています（ルールは下記）。返さないと違約金がかかることがあります。',
    ),
    how: L(
      '等解约完成后再寄。确认下面的地址和期限（没有写的话，先向{provider}确认）。用胶带把卡固定在纸上放进信封，尽量用能追踪的方式寄（如レターパック或挂号信），保存追踪号码和收据。要寄回的卡不要剪断。',
      'Send it after the cancellation is complete. Check the address and deadline below (if they are missing, ask {provider} first). Tape the card to a sheet of paper in an envelope, use tracked post if you can (such as レターパック or registered mail), and keep the tracking number and receipt. Do not cut a card that has to go back.',
      '解約が完了してから送ります。下の返送先と期限を確認し（記載がなければ先に{provider}に確認）、カードを紙にテープで留めて封筒に入れます。できればレターパックや書留など追跡できる方法で送り、追跡番号と控えを保管します。返却するカードは切らないでください。',
    ),
    appliesTo: { cardKind: ['physical'], rule: 'sim-mail-back' },
    documentIds: ['return-envelope'],
    phraseIds: ['sim-return'],
    cites: ['simReturn'],
    producesProof: true,
  }),
  step({
    id: 'device.sim-cut-dispose',
    phase: 'device',
    title: L('剪断 SIM 卡后丢弃', 'Cut the SIM card and throw it away', 'SIMカードを切って処分する'),
    why: L(
      '{provider}不要求寄回 SIM 卡，但芯片里有你的号码等信息，要剪断后再丢。',
      '{provider} does not need the card back, but the chip holds your number and other data, so cut it before throwing it away.',
      '{provider}ではSIMの返却は不要ですが、チップに番号などの情報が入っているので切ってから捨てます。',
    ),
    how: L(
      '确认解约（或转入）完成后，从手机里取出 SIM 卡，用剪刀剪断金色芯片部分，再按所在地区的垃圾分类规定丢弃。',
      'Once the cancellation (or the port) is confirmed, take the card out of the phone, cut through the gold chip with scissors, and throw it away following your local waste rules.',
      '解約（または転出）の完了を確認したら、端末からSIMを取り出し、金色のチップ部分をはさみで切って、お住まいの地域のごみの出し方に従って捨てます。',
    ),
    appliesTo: { cardKind: ['physical'], rule: 'sim-self-dispose' },
    cites: ['simReturn'],
    citesGlobal: ['sim-cut-before-disposal'],
  }),
  step({
    id: 'device.sim-ask',
    phase: 'device',
    title: L(
      '问清楚 SIM 卡要不要交还',
      'Ask whether the SIM card must go back',
      'SIMカードの返却が必要か確認する',
    ),
    why: L(
      '没有找到关于{provider}交还 SIM 卡的可靠资料。有的运营商要求寄回、不寄回会罚款；有的让你自己处理。',
      "No reliable source was found for {provider}'s SIM-return rule. Some carriers want the card back and charge if it is not returned; others let you dispose of it.",
      '{provider}のSIM返却ルールについて確かな資料が見つかりませんでした。返さないと違約金がかかる通信会社もあれば、自分で処分してよい通信会社もあります。',
    ),
    how: L(
      '解约时问清楚（可以用下面的句子），或者查看解约后的邮件和会员页面。弄清楚之前，不要剪断或丢掉卡片，先保管好。',
      'Ask when you cancel (the phrase below helps), or look in the cancellation e-mail or the member page. Until you know, keep the card safe — do not cut it or throw it away.',
      '解約のときに確認するか（下のフレーズが使えます）、解約後のメールや会員ページで確かめます。わかるまではカードを切ったり捨てたりせず、保管しておきます。',
    ),
    appliesTo: { cardKind: ['physical'], rule: 'sim-rule-unknown' },
    phraseIds: ['sim-return'],
    cites: ['simReturn'],
    citesGlobal: ['sim-cut-before-disposal'],
  }),
  step({
    id: 'device.travel-expire',
    phase: 'device',
    title: L(
      '等旅行 eSIM 到期后再删除',
      'Let the travel eSIM expire, then delete it',
      '旅行用eSIMは期限切れを待ってから削除する',
    ),
    why: L(
      '删除后通常不能重新安装；还在有效期内就删除，等于放弃剩下的天数和流量。',
      'A deleted eSIM usually cannot be reinstalled; deleting it while still valid throws away the days and data left.',
      '削除したeSIMは通常再インストールできず、有効期限内に消すと残りの日数とデータを捨てることになります。',
    ),
    how: L(
      '到期前暂时不用的话，只把这条线路关闭即可（关闭不会暂停有效期）。到期、并确认自动续费已关掉后，在 iPhone、Pixel 或 Galaxy 的 SIM 设置里删除这个 eSIM（菜单见下方）。',
      'Before it expires, if you do not need it for now, just turn the line off (this does not pause the validity). Once it has expired and auto-renew is off, delete it in the SIM settings of your iPhone, Pixel or Galaxy (menus below).',
      '期限前にしばらく使わないなら、回線をオフにするだけにします（オフにしても期限は止まりません）。期限が切れ、自動更新が止まっていることを確認したら、iPhone・Pixel・GalaxyのSIM設定から削除します（メニューは下記）。',
    ),
    appliesTo: { providerKind: ['travel-esim'], cardKind: ['esim'] },
    cites: ['afterCancel'],
    citesGlobal: ['esim-delete-menus', 'esim-profile-vs-contract'],
  }),
  step({
    id: 'device.phone-hand-back',
    phase: 'device',
    title: L(
      '交还手机前：退出账户并恢复出厂设置',
      'Before handing the phone back: sign out and reset it',
      '端末を返す前に：アカウントからサインアウトして初期化する',
    ),
    why: L(
      '手机里有你的照片、账户和支付信息；没有关闭“查找”功能的手机，对方可能无法接收。',
      'The phone holds your photos, accounts and payment details, and a phone still linked to Find My may be refused.',
      '端末には写真・アカウント・支払い情報が入っており、「探す」機能が有効なままだと受け取ってもらえないことがあります。',
    ),
    how: L(
      '先备份。确认解约或转出完成后，退出 Apple ID／Google 账户并关闭“查找”，取出 SIM 卡，再恢复出厂设置（iPhone：设置 → 通用 → 传输或还原 iPhone → 抹掉所有内容和设置，过程中会问是否保留 eSIM）。参加了手机返还计划的话，按计划规定的方式和期限归还，并保存收据。',
      'Back up first. Once the cancellation or port is confirmed, sign out of your Apple ID / Google account and turn off Find My, take out the SIM, then reset (iPhone: Settings → General → Transfer or Reset iPhone → Erase All Content and Settings; it asks whether to keep or delete eSIMs). With a return programme, hand the phone back in the way and by the date the programme sets, and keep the receipt.',
      '先にバックアップします。解約・転出の完了を確認したら、Apple ID・Googleアカウントからサインアウトして「探す」をオフにし、SIMを取り出してから初期化します（iPhone：設定 → 一般 → 転送またはiPhoneをリセット → すべてのコンテンツと設定を消去。途中でeSIMを残すか聞かれます）。返却プログラムの場合は、決められた方法と期限で返却し、受領書を保管します。',
    ),
    appliesTo: { ...notTravel, phone: ['return'] },
    documentIds: ['phone-and-sim'],
    citesGlobal: ['instalments-continue', 'esim-profile-vs-contract'],
    producesProof: true,
  }),
];
