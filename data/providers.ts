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
import type { ProviderData } from './schema';
import { S } from './sources';
import { L } from './text';

const noFee = (zh: string, en: string, ja: string, from: string | null = null) => ({
  label: L(zh, en, ja),
  amountYen: 0,
  from,
});

export const providers = [
  {
    id: 'docomo',
    name: L('NTT docomo（都科摩）', 'NTT docomo', 'NTTドコモ'),
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
          '用与该号码绑定的 d账户（dアカウント）登录；网上解约时会向这条线路发送短信验证码，并要求填写一个不是 @docomo.ne.jp 的邮箱来接收解约文件。',
          'Log in with the d ACCOUNT (dアカウント) tied to the number. Online cancellation sends an SMS code to this line and asks for an e-mail address that is not the @docomo.ne.jp one.',
          '番号にひも付いたdアカウントでログインします。Web解約ではこの回線にSMSで認証コードが届き、解約書類の送付先として@docomo.ne.jp以外のメールアドレスを求められます。',
        ),
        // docomo's own FAQ (for its ちかく plan) names My docomo as the page to cancel in.
        sources: [S.cancelatlasDocomo, S.docomoWebCancel, S.netsecurityDocomoMnp, S.docomoChikakuFaq],
      },
      cancelChannels: {
        status: 'found',
        value: ['online', 'shop'],
        note: L(
          '电话解约只适用于家用 5G，不适用于手机线路。与 docomo 光绑定的线路或部分代表线路可能需要先变更，或去门店办理。',
          'Phone cancellation is only for home 5G, not for mobile lines. A line tied to docomo Hikari, or some representative lines, may need a change first or a shop visit.',
          '電話での解約はhome 5Gのみで、携帯回線は対象外です。ドコモ光とセットの回線や一部の代表回線は、先に変更するかショップでの手続きが必要な場合があります。',
        ),
        sources: [S.cancelatlasDocomo, S.spMobileDocomo],
        excluded: ['phone'],
      },
      mnpChannels: {
        status: 'found',
        value: ['online', 'shop', 'phone'],
        note: L(
          '有未付账单时可能无法发行 MNP 预约号码。',
          'Unpaid bills can stop the MNP reservation number from being issued.',
          '未払いがあるとMNP予約番号を発行できないことがあります。',
        ),
        sources: [S.netsecurityDocomoMnp],
      },
      cutoff: {
        status: 'found',
        value: { effective: 'same-day', deadlineDay: null, afterHoursFrom: null },
        note: L(
          '网上办完后线路立即停止。',
          'After an online cancellation the line stops at once.',
          'Web解約の完了と同時に回線は使えなくなります。',
        ),
        sources: [S.docomoWebCancel],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.kaiyakuDocomo, S.cancelatlasDocomo] },
      fees: {
        status: 'found',
        value: [
          {
            label: L(
              '短期解约费：该日期之后新签（含携号转入）的线路一年内解约，且几乎没有使用等条件时收取（8 天内初期解约和部分套餐除外）',
              'Short-term fee: a line opened (incl. by MNP) on or after this date and cancelled within a year, if it had almost no use or similar conditions apply (8-day initial cancellation and some plans excluded)',
              '短期解約の手数料：この日以降に新規（MNP含む）で契約し1年以内に解約した回線で、利用実態がない等の条件に当たる場合（初期契約解除や一部のプランは対象外）',
            ),
            amountYen: 1100,
            from: '2025-03-01',
          },
          noFee('携号转出（MNP）手续费', 'MNP transfer-out fee', 'MNP転出手数料'),
          // Re-checked 2026-11-30: news reports quoting docomo's press release (engadget, corriente,
          // shimajiro-mobiler) say every fixed-term cancellation fee, old plans included, ended on
          // 2021-10-01. cancelatlas's "October 2019" is when new 2-year plans had it cut to ¥1,100.
          noFee(
            '旧的两年合约的解约金',
            'Cancellation fee on old 2-year contracts',
            '旧2年契約の解約金',
            '2021-10-01',
          ),
        ],
        note: L(
          '2019 年 10 月起新的两年合约解约金降到 1,100 日元，有一个比价网站把这当作绑约费取消的时间；引用 docomo 新闻稿的几篇报道都说，包括旧套餐在内，所有定期合约的解约金自 2021-10-01 起废除。',
          "From October 2019 new 2-year plans had their fee cut to ¥1,100, which one comparison site reads as the end of lock-in fees; news reports quoting docomo's press release say the fee on every fixed-term contract, old plans included, ended on 2021-10-01.",
          '2019年10月から新しい2年契約の解約金は1,100円に下がり、ある比較サイトはこれを縛りの違約金の終わりとしています。ドコモの報道発表を引用した記事によると、旧プランを含むすべての定期契約の解約金は2021-10-01に廃止されました。',
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
          '只找到一篇 2018 年的旧资料说解约时交还卡片；现在是否需要交还没有找到官方说法。',
          'Only a 2018 page said the card is handed back at cancellation; no current official rule was found.',
          '解約時にカードを返すという2018年の記事しかなく、現在の公式なルールは見つかりませんでした。',
        ),
        sources: [S.kaiyakutaikaiDocomo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      support: {
        status: 'found',
        value: [
          {
            label: L(
              'docomo 综合信息中心（用 docomo 手机拨打，免费）',
              'docomo Information Center, from a docomo phone (free)',
              'ドコモインフォメーションセンター（ドコモの携帯から・無料）',
            ),
            number: '151',
            hours: '9:00–20:00',
          },
          {
            label: L(
              'docomo 综合信息中心（用其他电话拨打）',
              'docomo Information Center, from other phones',
              'ドコモインフォメーションセンター（一般電話などから）',
            ),
            number: '0120-800-000',
            hours: '9:00–20:00',
          },
        ],
        note: L(
          '151 只提供日语服务。英语、中文等外语咨询由 docomo 综合信息中心受理，但资料上没有写号码。',
          '151 is Japanese only. English, Chinese and other languages go to the docomo Information Center, but the page read showed no number for it.',
          '151は日本語のみです。英語・中国語などの問い合わせ先はドコモインフォメーションセンターとされていますが、番号は確認できませんでした。',
        ),
        sources: [S.docomoChikakuFaq, S.docomoEnglishHearty],
      },
      shop: {
        status: 'found',
        value: L(
          '带上签约人本人的身份证件和手机。家人代办时需要：手机、代办人本人的证件、docomo 格式的委托书（委任状）和签约人证件的复印件。docomo 门店为外国顾客提供翻译协助。',
          "Bring the contract holder's ID and the phone. A family member going for you needs the phone, their own ID, a 委任状 on docomo's form and a copy of your ID. docomo Shops offer interpreter help for foreign-language customers.",
          '契約者本人の本人確認書類と携帯電話を持参します。家族が代理で行く場合は、携帯電話、代理人の本人確認書類、ドコモ所定の委任状、契約者の本人確認書類のコピーが必要です。ドコモショップでは外国語の通訳サポートがあります。',
        ),
        sources: [S.sumahoArekoreDocomo, S.docomoEnglishHearty],
      },
      afterCancel: {
        status: 'found',
        value: L(
          '@docomo.ne.jp 邮箱会立即停止。d账户会保留（可另行删除）；d积分可通过 d账户继续使用，没有 d账户时与线路绑定的积分会消失。手机分期余款会继续扣款，但不再有月度优惠。',
          'The @docomo.ne.jp mailbox stops at once. The d ACCOUNT stays (delete it separately if you wish); d POINTs stay usable through it, but points tied only to the line are lost without one. Handset instalments keep being billed, without the monthly discounts.',
          '@docomo.ne.jpのメールはすぐに使えなくなります。dアカウントは残り（別途削除も可能）、dポイントはdアカウント経由で引き続き使えますが、dアカウントがないと回線にひも付くポイントは失われます。端末の残債は割引なしで請求が続きます。',
        ),
        sources: [S.cancelatlasDocomo, S.mats2Dpoint],
      },
    },
  },
  {
    id: 'ahamo',
    name: L(
      'ahamo（docomo 网上专用套餐）',
      'ahamo (docomo online-only plan)',
      'ahamo（ドコモのオンライン専用プラン）',
    ),
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
          '先把 ahamo 的 SIM 放在手机里（双卡手机请设为主线路）再操作。出现错误代码 44980 时，确认登录的 d账户是否正确，并改用 Wi-Fi 再试。',
          'Put the ahamo SIM in the phone first (set it as the main line on a dual-SIM phone). Error 44980: check you are logged in with the right d ACCOUNT and try again over Wi-Fi.',
          '先にahamoのSIMを端末に入れ、デュアルSIMなら主回線にしておきます。エラーコード44980が出たら、ログイン中のdアカウントを確認し、Wi-Fiで再度試します。',
        ),
        sources: [S.kuramobaAhamo, S.otegalAhamo],
      },
      cancelChannels: {
        status: 'found',
        value: ['online'],
        note: L(
          'docomo 门店不办理 ahamo 的解约，也不能电话解约。',
          'docomo Shops do not process ahamo cancellations, and there is no phone channel.',
          'ドコモショップではahamoの解約は受け付けておらず、電話でもできません。',
        ),
        sources: [S.otegalAhamo, S.crusieAhamo],
        excluded: ['shop', 'phone'],
      },
      mnpChannels: { status: 'found', value: ['online'], sources: [S.otegalAhamo, S.crusieAhamo] },
      billing: { status: 'found', value: 'full-month', sources: [S.smappyAhamo] },
      fees: {
        status: 'found',
        value: [
          {
            label: L(
              '在 docomo 门店付费协助网上办理（ahamoWebお申込みサポート，由你自己操作手机）',
              'Optional paid help at a docomo Shop (ahamoWebお申込みサポート); you operate the phone yourself',
              'ドコモショップでの有料サポート「ahamoWebお申込みサポート」（操作は本人）',
            ),
            amountYen: 3300,
            from: null,
          },
          {
            label: L(
              '有条件的短期解约费：该日期之后签约、一年内解约，且没有实际使用或同名线路一年内已解约等条件时收取',
              'Conditional short-term fee: a line opened on or after this date and cancelled within a year, if it had no real use or another line in the same name was cancelled within a year',
              '条件付きの短期解約手数料：この日以降に契約し1年以内に解約した回線で、利用実態がない、同じ名義で1年以内に別の回線を解約している等の場合',
            ),
            amountYen: 1100,
            from: '2025-03-01',
          },
        ],
        note: L(
          '一般用户没有解约金。从 docomo 套餐转到 ahamo 的人，可能还有 docomo 套餐时期的延后费用。',
          'Ordinary users pay no cancellation fee. People who moved from a docomo plan may still owe a deferred fee from that plan.',
          '通常の利用者に解約金はありません。ドコモのプランから移った人は、旧プランの後払い分が残っている場合があります。',
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
        value: L(
          'd账户和 d积分解约后仍可使用。手机分期会继续扣款。',
          'The d ACCOUNT and d POINTs stay usable after cancelling. Handset instalments continue.',
          'dアカウントとdポイントは解約後も使えます。端末の分割払いは続きます。',
        ),
        sources: [S.smappyAhamo],
      },
    },
  },
  {
    id: 'au',
    name: L('au（KDDI）', 'au (KDDI)', 'au（KDDI）'),
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
        note: L('用 au ID 登录。', 'Log in with your au ID.', 'au IDでログインします。'),
        sources: [S.kashimoAu],
      },
      cancelChannels: {
        status: 'found',
        value: ['online', 'shop'],
        note: L(
          'au 的英文页面说回国时可以去 au Style / au 门店，或联系客服。',
          "au's English page says people leaving Japan can visit an au Style / au shop or contact customer support.",
          'auの英語ページでは、出国する場合はau Style・auショップへ行くか、カスタマーサポートに連絡するよう案内しています。',
        ),
        sources: [S.keitaisoudanAu, S.kashimoAu, S.auLeavingCountry],
      },
      cutoff: {
        status: 'found',
        value: { effective: 'same-day', deadlineDay: null, afterHoursFrom: '21:40' },
        note: L(
          '网上 24 小时受理，但繁忙时也可能次日才完成；月末最后一天办理可能算到下个月。',
          'Online works 24 hours, but busy periods can also push completion to the next day; on the last day of the month the cancellation may fall into the next month.',
          'Webは24時間受付ですが、混雑時も翌日扱いになることがあり、月末最終日だと翌月扱いになる場合があります。',
        ),
        sources: [S.kashimoAu],
      },
      billing: {
        status: 'found',
        value: 'full-month',
        note: L(
          '例外：在 au 与 UQ mobile 之间携号转移，或转到 povo2.0 时按日计算。',
          'Exception: moving the number between au and UQ mobile, or to povo2.0, is pro-rated.',
          '例外として、auとUQ mobileの間の番号移行、povo2.0への移行は日割りになります。',
        ),
        sources: [S.auEnglishSupport],
      },
      fees: {
        status: 'found',
        value: [
          noFee(
            '手机合约解除费（契約解除料）已废除',
            'Mobile contract cancellation fee (契約解除料): abolished',
            '携帯電話の契約解除料：廃止',
            '2022-03-31',
          ),
          {
            label: L(
              '据一篇第三方文章：自该月起新签的线路一年内解约需付费（未经核实，请向 au 确认）',
              'One third-party page: lines opened from this month and cancelled within a year are charged (unverified; ask au)',
              '第三者の記事1件のみ：この月以降の新規回線を1年以内に解約すると手数料（未確認のためauに確認を）',
            ),
            amountYen: 1100,
            from: '2025-10',
          },
        ],
        sources: [S.auFeeAbolished, S.roksAu],
      },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          '只有一位用户说 au 门店告诉他不必交还 SIM 卡；没有找到官方规定。',
          'Only one user reported an au shop saying the SIM need not be returned; no official rule was found.',
          'auショップで返却不要と言われたという利用者の話が1件あるだけで、公式のルールは見つかりませんでした。',
        ),
        sources: [S.yoiNetAu],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      support: {
        status: 'found',
        value: [
          { label: L('英语', 'English', '英語'), number: '0120-959-472', hours: '9:00–20:00' },
          { label: L('中文', 'Chinese', '中国語'), number: '0120-959-476', hours: '9:00–20:00' },
          { label: L('葡萄牙语', 'Portuguese', 'ポルトガル語'), number: '0120-959-473', hours: '9:00–20:00' },
          { label: L('韩语', 'Korean', '韓国語'), number: '0120-959-478', hours: '9:00–20:00' },
          { label: L('他加禄语', 'Tagalog', 'タガログ語'), number: '0120-933-952', hours: '9:00–20:00' },
          { label: L('越南语', 'Vietnamese', 'ベトナム語'), number: '0120-933-961', hours: '9:00–20:00' },
          {
            label: L('日语（用 au 手机拨打）', 'Japanese, from an au phone', '日本語（auの携帯から）'),
            number: '157',
            hours: '9:00–20:00',
          },
          {
            label: L('日语（其他电话）', 'Japanese, from other phones', '日本語（一般電話から）'),
            number: '0077-7-111',
            hours: '9:00–20:00',
          },
        ],
        sources: [S.auEnglishSupport],
      },
      shop: {
        status: 'found',
        value: L(
          '带上本人身份证件原件、印章（可用签名代替），以及 au 手机（有 au IC 卡的话一起带，不是必须）。代办人需要签约人证件（可用复印件）、委托书和代办人本人证件原件；代办人限于监护人、家人或护理机构人员。',
          'Bring your original ID, a seal (a signature is fine) and the au phone, with the au IC card if you have it (not required). A proxy needs your ID (a copy is fine), a 委任状 and their own original ID; only guardians, family members or care-facility staff may act for you.',
          '本人確認書類の原本、印鑑（サインでも可）、au携帯（あればau ICカードも。必須ではない）を持参します。代理人は契約者の本人確認書類（コピー可）、委任状、代理人本人の確認書類の原本が必要で、代理できるのは法定代理人・家族・介護施設の職員に限られます。',
        ),
        sources: [S.keitaisoudanAu],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'au PAY（au简单支付）的订阅要自己取消。au 智能价值（auスマートバリュー）会自动结束。未付款项会与其他运营商共享，可能影响以后签约；因欠费被解约时，剩余分期会一次性请求。',
          'Subscriptions paid through au PAY (auかんたん決済) must be cancelled by you. The auスマートバリュー discount ends by itself. Unpaid amounts are shared with other carriers and can affect future contracts; if a contract ends for non-payment, all remaining instalments are billed at once.',
          'auかんたん決済の継続課金は自分で解約する必要があります。auスマートバリューは自動で終了します。未払いは他の通信会社と共有され今後の契約に影響することがあり、未払いで契約解除になると残りの分割金は一括請求されます。',
        ),
        sources: [S.auPaySubscriptions, S.kaiyakuSmartValue, S.auLeavingCountry, S.auAr1],
      },
    },
  },
  {
    id: 'uq-mobile',
    name: L('UQ mobile', 'UQ mobile', 'UQモバイル'),
    kind: 'sub-brand',
    network: 'au (KDDI)',
    officialUrl: 'https://www.uqwimax.jp/mobile/flow/mnp_cancel/',
    facts: {
      portal: {
        status: 'found',
        value: { name: 'My UQ mobile', cancelPath: null, mnpPath: null },
        note: L(
          '提前准备好身份证件、签约时设定的 4 位密码和 My UQ mobile 的登录信息。',
          'Have your ID, the 4-digit PIN set at contract and your My UQ mobile login ready.',
          '本人確認書類、契約時に決めた4桁の暗証番号、My UQ mobileのログイン情報を用意します。',
        ),
        sources: [S.assistAllUq],
      },
      cancelChannels: {
        status: 'conflict',
        value: null,
        note: L(
          '资料说法不一：一篇说电话解约已于 2024 年 9 月结束，可在网上或门店办理；另一篇说只能电话或网上办理、门店不行。两篇都提到网上（My UQ mobile）。',
          'Sources disagree: one says phone cancellation ended in September 2024 and you cancel online or in a store; another says phone or web only, not in store. Both name online (My UQ mobile).',
          '資料が食い違っています。電話解約は2024年9月で終了しWebか店舗で手続きするという記事と、電話かWebのみで店舗は不可という記事があります。どちらもWeb（My UQ mobile）は挙げています。',
        ),
        sources: [S.kaiyakuUq, S.appleGeeksUq],
        named: ['online', 'shop', 'phone'],
      },
      simReturn: {
        status: 'found',
        value: { rule: 'self-dispose', address: null, deadline: null, penalty: null, tracked: false },
        sources: [S.newSmartphoneLife, S.winnovaSim],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      afterCancel: {
        status: 'found',
        value: L(
          'MNP 预约号码含发行当天有效 15 天。手机分期余款会继续扣款。携号转到 au 或 povo2.0 时，基本费按日计算。',
          'The MNP reservation number is valid 15 days including the day it is issued. The handset balance keeps being billed. Moving the number to au or povo2.0 is pro-rated (basic fee).',
          'MNP予約番号は発行日を含めて15日間有効です。端末の残債は請求が続きます。番号そのままでauやpovo2.0へ移る場合、基本料は日割りです。',
        ),
        sources: [S.assistAllUq, S.auEnglishSupport],
      },
    },
  },
  {
    id: 'povo',
    name: L('povo2.0', 'povo2.0', 'povo2.0'),
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
          '普通解约当天或次日生效；20:00 到次日 9:30 之间的申请在 9:30 以后处理。',
          'A plain cancellation takes effect the same or the next day; requests between 20:00 and 9:30 are handled after 9:30.',
          '通常の解約は当日か翌日に反映され、20:00〜翌9:30の申込みは9:30以降に処理されます。',
        ),
        sources: [S.getninePovo],
      },
      fees: {
        status: 'found',
        value: [noFee('解约费', 'Cancellation fee', '解約手数料')],
        sources: [S.getninePovo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.getninePovo] },
      afterCancel: {
        status: 'found',
        value: L(
          '解约不能撤销，重新加入也找不回原号码。付费的 topping 随主合约一起结束，剩余部分不退款。',
          'A cancellation cannot be undone, and re-joining does not bring the old number back. Paid toppings end with the base contract; what is left is not refunded.',
          '解約は取り消せず、再加入しても元の番号は戻りません。有料トッピングは基本契約と一緒に終わり、残りは返金されません。',
        ),
        sources: [S.getninePovo, S.kaiyakuPovo],
      },
    },
  },
  {
    id: 'softbank',
    name: L('软银 SoftBank', 'SoftBank', 'ソフトバンク'),
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
          '资料说法不一：汇总网站说可在 My SoftBank（9:00–20:00）或门店办理；软银自己的手续一览页（无日期）写着解约只能在门店办理。两边都说普通解约不能电话办理。',
          "Sources disagree: an aggregator says My SoftBank (9:00–20:00) or a shop; SoftBank's own undated procedures list says cancellation is shop-only. Both agree a plain cancellation cannot be done by phone.",
          '資料が食い違っています。まとめサイトはMy SoftBank（9:00〜20:00）かショップとし、ソフトバンク自身の「お手続き一覧」（日付なし）は解約をショップのみとしています。電話で通常の解約ができない点はどちらも同じです。',
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
          '网上受理时间以外的申请从下一个工作日 9:00 开始处理；不需要提前通知。',
          'Requests outside the online hours are handled from 9:00 on the next business day; no notice period.',
          '受付時間外の申込みは翌営業日9:00から処理されます。事前の予告期間はありません。',
        ),
        sources: [S.cancelatlasSoftbank],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.cancelatlasSoftbank] },
      fees: {
        status: 'found',
        value: [
          noFee(
            '提前解约费（大多数套餐）已取消',
            'Early-termination fee (most plans): removed',
            '契約解除料（ほとんどのプラン）：廃止',
            '2022-02-01',
          ),
          {
            label: L(
              '新的 12 个月内提前解约费，适用于该日期起签订的合约（只有一个来源提到）',
              'New 12-month early-cancellation fee for contracts signed from this date (named by one source only)',
              'この日以降の契約に新設された12か月以内の解約手数料（情報源は1件のみ）',
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
            label: L('用软银手机拨打', 'From a SoftBank phone', 'ソフトバンクの携帯から'),
            number: '157',
            hours: null,
          },
        ],
        note: L(
          '其他现行号码和营业时间没有找到。',
          'Other current numbers and hours were not found.',
          'その他の現在の番号と受付時間は見つかりませんでした。',
        ),
        sources: [S.denwakunSoftbank],
      },
      shop: {
        status: 'found',
        value: L(
          '代办时需要委托书、证件和关系证明；代办人只限家人、护理机构人员或监护人。',
          'A proxy needs a 委任状, ID and proof of relationship; only family, care-facility staff or guardians may act for you.',
          '代理人には委任状・本人確認書類・続柄を確認できる書類が必要で、家族・介護施設の職員・法定代理人に限られます。',
        ),
        sources: [S.bitwaveSoftbank],
      },
      afterCancel: {
        status: 'found',
        value: L(
          '手机分期会继续扣款；「あんしん保証パック」等手机保障选项不主动取消就会继续收费。最后一张账单可能在解约约两个月后才到，可以登记本国的信用卡付款。',
          'Instalments keep being billed, and the あんしん保証パック device-care option continues unless you stop it. The last bill can come about two months after cancelling; a home-country credit card can be registered to pay it.',
          '端末の分割払いは続き、あんしん保証パックは自分で止めない限り続きます。最後の請求は解約の約2か月後になることがあり、海外発行のクレジットカードも登録できます。',
        ),
        sources: [S.instantWifiSoftbank, S.caseySoftbank],
      },
    },
  },
  {
    id: 'ymobile',
    name: L('Y!mobile', 'Y!mobile', 'ワイモバイル（Y!mobile）'),
    kind: 'sub-brand',
    network: 'SoftBank',
    officialUrl: 'https://ymobile.jp/support/process/cancellation/agreement/',
    facts: {
      portal: {
        status: 'found',
        value: { name: 'My Y!mobile', cancelPath: null, mnpPath: null },
        note: L(
          '用电话号码和密码登录。',
          'Log in with the phone number and password.',
          '電話番号とパスワードでログインします。',
        ),
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
          '网上 24 小时受理，20:00 以后的申请次日处理。要携号转出的话不要解约，只办 MNP 手续。',
          'Online requests are accepted 24 hours; those after 20:00 are processed the next day. If you port your number, do not cancel: do only the MNP procedure.',
          'Webは24時間受付で、20:00以降の申込みは翌日の処理になります。番号を他社へ移す場合は解約せず、MNPの手続きだけを行います。',
        ),
        sources: [S.ymobileAgreement],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.mobaoneYmobile] },
      simReturn: {
        status: 'found',
        value: { rule: 'self-dispose', address: null, deadline: null, penalty: null, tracked: false },
        sources: [S.winnovaSim],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      shop: {
        status: 'found',
        value: L(
          '旧资料列出的门店所需物品：身份证件原件、印章、手机和 SIM 卡；不接受证件复印件。',
          'An older list for the store: original ID, seal, the phone and the SIM card; copies of ID are not accepted.',
          '古い案内による店舗での持ち物：本人確認書類の原本、印鑑、携帯電話とSIMカード。本人確認書類のコピーは不可。',
        ),
        sources: [S.oldYmobileShop],
      },
      afterCancel: {
        status: 'found',
        value: L(
          '解约后再解除 SIM 锁就要到门店付费办理，所以要在解约前解除。',
          'After cancelling, a SIM unlock becomes a paid in-store procedure, so unlock before.',
          '解約後のSIMロック解除は店頭での有料手続きになるため、解約前に済ませます。',
        ),
        sources: [S.mobaoneYmobile],
      },
    },
  },
  {
    id: 'linemo',
    name: L('LINEMO', 'LINEMO', 'LINEMO（ラインモ）'),
    kind: 'sub-brand',
    network: 'SoftBank',
    officialUrl: null,
    facts: {
      portal: {
        status: 'found',
        value: { name: 'My Menu', cancelPath: null, mnpPath: null },
        note: L(
          '需要短信验证；人在海外时可能收不到短信。',
          'SMS verification is needed; from abroad you may not receive it.',
          'SMS認証が必要で、海外からだと受け取れないことがあります。',
        ),
        sources: [S.assistAllLinemo],
      },
      cancelChannels: { status: 'found', value: ['online'], sources: [S.assistAllLinemo] },
      mnpChannels: {
        status: 'found',
        value: ['online'],
        note: L(
          '转到软银或 Y!mobile 不需要 MNP 预约号码；20:00 以后申请的 MNP 预约号码在次日 9:00 以后发行。',
          'Moving to SoftBank or Y!mobile needs no MNP reservation number; numbers requested after 20:00 are issued after 9:00 the next day.',
          'ソフトバンク・ワイモバイルへの移行にMNP予約番号は不要です。20:00以降の申込みは翌日9:00以降の発行になります。',
        ),
        sources: [S.kitilabelLinemo],
      },
      cutoff: {
        status: 'found',
        value: { effective: null, deadlineDay: null, afterHoursFrom: '20:00' },
        sources: [S.kashimoLinemo],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.assistAllLinemo] },
      fees: {
        status: 'found',
        value: [
          {
            label: L(
              '在开通当月解约（该日期之后签约的线路）',
              'Cancelled in the same month the line was opened (lines signed up from this date)',
              '加入した月のうちに解約した場合（この日以降に加入した回線）',
            ),
            amountYen: 990,
            from: '2024-06-01',
          },
          noFee('其他情况的解约费', 'Cancellation fee otherwise', 'それ以外の解約手数料'),
        ],
        note: L(
          '开通当月解约的费用只有一个第三方网站提到，另一个网站说完全没有解约费。如果在开通当月解约，请先向 LINEMO 确认。',
          'The fee for cancelling in the month the line was opened is named by one third-party site only, and another site says there is no fee at all. If you cancel in the month you joined, ask LINEMO first.',
          '加入月の解約にかかる手数料は第三者のサイト1件だけが書いており、別のサイトは手数料なしとしています。加入した月に解約するなら、先にLINEMOに確認してください。',
        ),
        sources: [S.assistAllLinemo, S.masamobileFees],
      },
      simReturn: {
        status: 'found',
        value: { rule: 'self-dispose', address: null, deadline: null, penalty: null, tracked: false },
        note: L(
          '不交还也没有罚款。eSIM 没有东西要交还，但解约后要自己删除 eSIM 配置文件。',
          'No penalty for not returning it. An eSIM has nothing to return, but delete the eSIM profile yourself after cancelling.',
          '返却しなくても違約金はありません。eSIMは返却物がありませんが、解約後にプロファイルを自分で削除します。',
        ),
        sources: [S.kotomobileReturn, S.assistAllLinemo, S.masamobileLinemo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
    },
  },
  {
    id: 'rakuten-mobile',
    name: L('乐天移动 Rakuten Mobile', 'Rakuten Mobile', '楽天モバイル'),
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
          '用乐天 ID 登录。门店无法帮你查乐天 ID 或密码，忘记时要自己通过乐天找回。流程中有问卷和一次性密码验证。',
          'Log in with your Rakuten ID. Shops cannot look up your Rakuten ID or password; recover it through Rakuten yourself. The flow includes a questionnaire and a one-time password.',
          '楽天IDでログインします。ショップでは楽天IDやパスワードを調べられないため、忘れたら自分で楽天から再設定します。手続きにはアンケートとワンタイムパスワードでの本人確認があります。',
        ),
        sources: [S.straightappsRakuten, S.mobileContractGuideRakuten, S.mobaoneRakuten],
      },
      cancelChannels: {
        status: 'found',
        value: ['online', 'app'],
        note: L(
          '现行套餐没有电话或门店解约。',
          'No phone or in-person channel for the current plan.',
          '現行プランは電話・店頭での解約ができません。',
        ),
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
        note: L(
          '最后一张账单在下个月到。',
          'The last bill comes the following month.',
          '最後の請求は翌月に届きます。',
        ),
        sources: [S.cancelatlasRakuten],
      },
      fees: {
        status: 'found',
        value: [
          {
            label: L(
              '开通后一年内解约（最高）',
              'Cancelling within one year of activation (at most)',
              '開通から1年以内の解約（上限）',
            ),
            amountYen: 1078,
            from: '2025-04-01',
          },
        ],
        sources: [S.cancelatlasRakuten],
      },
      simReturn: {
        status: 'found',
        value: { rule: 'either', address: null, deadline: null, penalty: null, tracked: false },
        note: L(
          '自 2023-01-18 起可以交还，也可以按指示剪断后丢弃。旧的 docomo/au 网络时期（MVNO）的乐天 SIM 仍须寄回：〒143-0006 東京都大田区平和島3-5-1 B棟2F（楽天モバイル SIM回収係）。eSIM 无需交还。',
          'Since 2023-01-18: return the card, or cut it as instructed and throw it away. Old Rakuten SIMs from the docomo/au-network (MVNO) era must still be mailed to 〒143-0006 東京都大田区平和島3-5-1 B棟2F (楽天モバイル SIM回収係). An eSIM has nothing to return.',
          '2023-01-18以降は、返却するか、指示どおり切断して処分するかを選べます。ドコモ・au回線時代（MVNO）の旧SIMは引き続き〒143-0006 東京都大田区平和島3-5-1 B棟2F（楽天モバイル SIM回収係）へ返送が必要です。eSIMは返却不要です。',
        ),
        sources: [S.rakutenSimRule, S.wacarunetRakuten, S.rei01Rakuten],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
      support: {
        status: 'not-found',
        value: null,
        note: L(
          '只找到过时的旧号码，不能使用。',
          'Only obsolete old numbers were found; they are not usable.',
          '古い番号しか見つからず、使えません。',
        ),
        sources: [S.cancelatlasRakuten],
      },
      afterCancel: {
        status: 'found',
        value: L(
          '解约时 Rakuten Link 的通话和消息记录会被删除，请先备份；楽メール保留 31 天。会收到解约完成邮件。手机分期会继续。',
          'Rakuten Link history is deleted at cancellation, so back it up first; 楽メール is kept for 31 days. A completion e-mail is sent. Instalments continue.',
          '解約するとRakuten Linkの履歴は消えるので先にバックアップします。楽メールは31日間残ります。解約完了メールが届きます。分割払いは続きます。',
        ),
        sources: [S.cancelatlasRakuten, S.cosodateRakuten, S.mobileContractGuideRakuten],
      },
    },
  },
  {
    id: 'iijmio',
    name: L('IIJmio', 'IIJmio', 'IIJmio'),
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
        note: L(
          '用 mioID 和密码登录。',
          'Log in with your mioID and password.',
          'mioIDとパスワードでログインします。',
        ),
        sources: [S.esimReviewIij, S.simlaboIij],
      },
      cancelChannels: {
        status: 'found',
        value: ['online'],
        note: L('不能电话解约。', 'Not by phone.', '電話では解約できません。'),
        sources: [S.esimReviewIij],
        excluded: ['phone'],
      },
      cutoff: {
        status: 'found',
        value: { effective: 'month-end', deadlineDay: null, afterHoursFrom: null },
        note: L(
          '在申请当月月底解约，到那时都能用（携号转出则在转出时结束）；月末最后一天很晚才申请可能顺延到下个月底。',
          'Ends at the end of the month you apply, usable until then (an MNP port ends it when switched); a request very late on the last day may roll to the next month-end.',
          '申込んだ月の末日で解約となり、それまで使えます（MNPは転出時に終了）。月末最終日の遅い時間だと翌月末になることがあります。',
        ),
        sources: [S.simlaboIij],
      },
      billing: { status: 'found', value: 'full-month', sources: [S.esimReviewIij] },
      fees: {
        status: 'found',
        value: [
          noFee(
            'ギガプラン 的解约费和 MNP 转出费',
            'ギガプラン: cancellation and MNP-out fees',
            'ギガプラン：解約・MNP転出の手数料',
          ),
          {
            label: L(
              '旧 mioモバイル 语音 SIM 在 12 个月内解约（解除調定金）',
              'Old mioモバイル voice SIM cancelled within 12 months (解除調定金)',
              '旧mioモバイルの音声SIMを12か月以内に解約した場合（解除調定金）',
            ),
            amountYen: 1000,
            from: null,
          },
        ],
        sources: [S.esimReviewIij],
      },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          '旧资料说 SIM 是租借的，应自费寄回 IIJ，没有期限也没有罚款；现在是否仍然如此未经核实。',
          'Older pages said the SIM is on loan and should be mailed back at your cost, with no deadline or penalty; whether this still applies is not verified.',
          '古い記事では、SIMは貸与品なので自己負担で返送する（期限・違約金なし）とされていますが、現在も同じかは確認できていません。',
        ),
        sources: [S.manetatsuIij, S.simchangeIij],
      },
      support: {
        status: 'found',
        value: [
          {
            label: L(
              'IIJ 支持中心（含 8 天内初期解约）',
              'IIJ Support Center (incl. 8-day initial cancellation)',
              'IIJサポートセンター（初期契約解除を含む）',
            ),
            number: '0570-09-4400',
            hours: '9:00–19:00',
          },
        ],
        sources: [S.selectraIij, S.winnovaIij],
      },
    },
  },
  {
    id: 'mineo',
    name: L('mineo', 'mineo', 'mineo（マイネオ）'),
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
        note: L(
          '网上受理时间为每天 9:00–21:00，不是 24 小时。',
          'Online only, 9:00–21:00 every day (not 24 hours).',
          'Webのみで、受付は毎日9:00〜21:00（24時間ではありません）。',
        ),
        sources: [S.simlaboMineo],
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
          '部分选项按整月收费。例外：据 mineo 社区网站引用的 mineo 合约条款，新签约的线路如果在开始使用的次月底之前解约，解约当月的基本费按整月收费。',
          "Some options are billed for the full month. Exception, from mineo's terms as quoted on mineo's own community site: a new line ended by the end of the month after it started pays the full basic fee for the last month.",
          '一部のオプションは1か月分かかります。例外として、mineoのコミュニティサイトで引用された契約約款によると、新規契約の回線を利用開始の翌月末までに解約すると、解約月の基本料金は満額になります。',
        ),
        sources: [S.simlaboMineo, S.mineoTermsQuoted],
      },
      simReturn: {
        status: 'found',
        value: {
          rule: 'mail-back',
          address: null,
          deadline: null,
          penalty: L(
            '部分套餐不交还会收取损害金（金额未找到）',
            'Some plans charge a 損害金 if it is not returned (amount not found)',
            '一部のプランでは未返却で損害金がかかります（金額は未確認）',
          ),
          tracked: false,
        },
        note: L(
          'D 套餐（docomo 网络）的卡要寄回解约后邮件里写的地址，邮费自付；A 套餐（au 网络）的卡不用交还，自行处理。',
          'D-plan (docomo network) cards go back to the address in the e-mail sent after cancelling, postage paid by you; A-plan (au network) cards need no return — dispose of them yourself.',
          'Dプラン（ドコモ回線）のSIMは解約後のメールに記載の住所へ送料自己負担で返送します。Aプラン（au回線）は返却不要で自分で処分します。',
        ),
        sources: [S.simqqMineo, S.taikaiMineo],
      },
      mnpOneStop: { status: 'found', value: true, sources: [S.inestOneStop] },
    },
  },
  {
    id: 'ocn-mobile-one',
    name: L('OCN Mobile ONE', 'OCN Mobile ONE', 'OCN モバイル ONE'),
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
            label: L(
              '旧套餐最低使用期限费（签约至该日期之前）',
              'Old plans: minimum-period fee (signed up to 2019-09-30)',
              '旧プランの最低利用期間の解約金（2019-09-30までの契約）',
            ),
            amountYen: 8000,
            from: null,
          },
          {
            label: L(
              '旧套餐最低使用期限费（自该日期起签约）',
              'Old plans: minimum-period fee (signed from this date)',
              '旧プランの最低利用期間の解約金（この日以降の契約）',
            ),
            amountYen: 1000,
            from: '2019-10-01',
          },
          noFee(
            '新套餐（自该日期起）没有最低使用期限',
            'New plan (from this date): no minimum period',
            '新プラン（この日以降）：最低利用期間なし',
            '2019-11-20',
          ),
        ],
        sources: [S.simtaroOcn],
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
          'SIM 是租借的。把卡用胶带贴在一张纸上，装进信封、贴足邮票寄出。资料里没有写罚款金额。',
          'The SIM is on loan. Tape it to a sheet of paper, put it in an envelope with postage and mail it. No penalty amount is listed.',
          'SIMは貸与品です。紙にテープで貼り、切手を貼った封筒で送ります。違約金の金額は記載がありません。',
        ),
        sources: [S.hitorinezumiOcn, S.kakuyasuSimReturn],
      },
      afterCancel: {
        status: 'found',
        value: L(
          '自 2023-06-26 起停止新签约，现有线路可继续使用。解约后如果 SIM 仍能用并且用了，会被收费。',
          'Closed to new sign-ups since 2023-06-26; existing lines continue. If the SIM still works after cancelling and you use it, that use is billed.',
          '2023-06-26で新規受付は終了し、既存回線は継続しています。解約後もSIMが使えて利用した場合、その分は請求されます。',
        ),
        sources: [S.assistAllOcn, S.caheoreOcn],
      },
    },
  },
  {
    id: 'nuro-mobile',
    name: L('NURO Mobile', 'NURO Mobile', 'NUROモバイル'),
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
          '登录 ID 是电话号码；初始密码印在 SIM 卡托卡片的背面。',
          'The login ID is the phone number; the first password is printed on the back of the SIM holder card.',
          'ログインIDは電話番号で、初期パスワードはSIMカードの台紙の裏に記載されています。',
        ),
        sources: [S.kaiyaku110Nuro, S.tsunagaruNuro],
      },
      cancelChannels: { status: 'found', value: ['online'], sources: [S.centermobileNuro] },
      mnpChannels: { status: 'found', value: ['online'], sources: [S.kaiyaku110Nuro] },
      cutoff: {
        status: 'found',
        value: { effective: 'month-end', deadlineDay: null, afterHoursFrom: null },
        note: L(
          '到月底都能用；办完后不能撤回。',
          'Usable until the month-end; once done it cannot be withdrawn.',
          '月末まで使えます。完了後は取り消せません。',
        ),
        sources: [S.kaiyaku110Nuro, S.tsunagaruNuro, S.best5Nuro],
      },
      fees: {
        status: 'found',
        value: [
          noFee('解约费已全部取消', 'Cancellation fees: fully removed', '解約金：すべて廃止', '2022-04'),
        ],
        note: L(
          '解约时的费用 = 最后一个月 + 手机分期余款。',
          'What you pay at the end: the last month plus any handset balance.',
          '解約時の支払いは最終月分と端末の残債です。',
        ),
        sources: [S.centermobileNuro],
      },
      simReturn: {
        status: 'found',
        value: {
          rule: 'mail-back',
          address: '〒343-0851 埼玉県越谷市七左町4-301 So-net 物流センター SIM返却係',
          deadline: null,
          penalty: L(
            '0SIM 套餐：不交还或卡片损坏、剪断时收取 SIM 卡损害金',
            '0SIM plan: a SIM-card 損害金 if it is not returned, or comes back damaged or cut',
            '0SIMプラン：未返却・破損・切断時にSIMカード損害金',
          ),
          tracked: false,
        },
        note: L('邮费自付。', 'Postage is paid by you.', '送料は自己負担です。'),
        sources: [S.tsunagaruNuro, S.zeroSimNuro],
      },
    },
  },
  {
    id: 'linksmate',
    name: L('LinksMate', 'LinksMate', 'LinksMate（リンクスメイト）'),
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
        note: L('不能电话解约。', 'No phone cancellation.', '電話での解約はできません。'),
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
            label: L(
              '删除组内最后一张 SIM 时的套餐解约手续费',
              'Plan cancellation fee when the last SIM in the group is deleted',
              'グループ最後のSIMを削除したときのプラン解約手数料',
            ),
            amountYen: 3300,
            from: null,
          },
          noFee('携号转出（MNP）手续费', 'MNP transfer-out fee', 'MNP転出手数料'),
        ],
        sources: [S.inestLinksmate, S.ktaimilerLinksmate],
      },
      simReturn: {
        status: 'found',
        value: { rule: 'mail-back', address: null, deadline: null, penalty: null, tracked: false },
        note: L(
          '寄回的邮费自付。寄送地址、期限和罚款都没有找到，请向 LinksMate 确认。',
          'Return postage is at your cost. The address, deadline and penalty were not found: ask LinksMate.',
          '返送の送料は自己負担です。返送先・期限・違約金は見つからなかったため、LinksMateに確認してください。',
        ),
        sources: [S.ktaimilerLinksmate],
      },
      support: {
        status: 'found',
        value: [
          {
            label: L(
              'LinksMate 客服中心（固定电话、手机）',
              'LinksMate customer center (landline, mobile)',
              'LinksMateお客さまセンター（固定電話・携帯電話）',
            ),
            number: '0120-404-513',
            hours: '9:00–18:00',
          },
          {
            label: L(
              'LinksMate 客服中心（IP 电话）',
              'LinksMate customer center (IP phones)',
              'LinksMateお客さまセンター（IP電話）',
            ),
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
    name: L('Sakura Mobile', 'Sakura Mobile', 'サクラモバイル（Sakura Mobile）'),
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
          '帮助中心有“如何终止 eSIM 合约”的文章，但内容没有看到。',
          'The help centre has an article "How do I terminate/cancel my eSIM contract?", but its content was not seen.',
          'ヘルプセンターに「eSIM契約の解約方法」という記事はありますが、内容は確認できませんでした。',
        ),
        sources: [S.sakuraCancelSection],
      },
      cutoff: {
        status: 'not-found',
        value: null,
        note: L(
          '“每月 25 日”规则只在家用 WiFi／家庭网络和套餐变更中看到。套餐变更处理中时不能提交解约或 MNP 申请。',
          'The "25th of the month" rule was seen only for Home WiFi / Home Internet and for plan changes. While a plan change is pending you cannot submit a termination or MNP request.',
          '「毎月25日」のルールはHome WiFi・Home Internetとプラン変更でのみ確認できました。プラン変更の手続き中は解約やMNPの申込みができません。',
        ),
        sources: [S.sakuraHomeWifi, S.sakuraPlanChange],
      },
      fees: {
        status: 'found',
        value: [
          {
            label: L(
              '合约手续费（即使在 8 天内初期解约也不退）',
              'Contract handling fee (not refunded even with the 8-day initial cancellation)',
              '契約事務手数料（初期契約解除でも返金なし）',
            ),
            amountYen: 3300,
            from: null,
          },
          {
            label: L(
              '发行过 MNP 预约号码时（不退）',
              'If an MNP reservation number was issued (not refunded)',
              'MNP予約番号を発行した場合（返金なし）',
            ),
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
          '接受海外发行的信用卡和借记卡付款。用 Smart Pit（便利店现金）付款时，账单 10 日到期，逾期收取滞纳金。提交申请后应收到确认邮件，没有收到就重新提交。',
          'Foreign-issued credit and debit cards are accepted. Smart Pit (convenience-store cash) bills are due on the 10th, with a late fee. A confirmation e-mail should follow a request; re-submit if none arrives.',
          '海外発行のクレジットカード・デビットカードが使えます。Smart Pit（コンビニ払い）の請求は10日が期限で、遅れると延滞手数料がかかります。申込み後に確認メールが届かなければ再送します。',
        ),
        sources: [S.sakuraPayment, S.sakuraPlanChange],
      },
    },
  },
  {
    id: 'mobal',
    name: L('Mobal', 'Mobal', 'Mobal（モバル）'),
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
          '30/60/90 天的短期套餐到期自动断开；“持续型”套餐要在 MyAccount 里申请暂停或终止。',
          'Short 30/60/90-day plans disconnect by themselves at the end; "Ongoing" plans run until you ask for suspension or termination in MyAccount.',
          '30/60/90日の短期プランは期間終了で自動的に切れます。「Ongoing」プランはMyAccountで停止か解約を申し込むまで続きます。',
        ),
        sources: [S.mobalTerminate, S.mobalExtending],
      },
      afterCancel: {
        status: 'found',
        value: L(
          '终止后号码会永久失去。较新的 SIM/eSIM 可以改为暂停或携号转出；2021-10-12 以前购买的 SIM 只能终止。长期套餐每月 1 日续费；通话和短信用量 1–2 个月后才结算，所以终止后还可能出现费用。旅游用数据卡（Japan Tourist）是预付的，不会再收费。',
          'Termination loses the number for good. Newer SIMs/eSIMs can be suspended or ported instead; SIMs bought before 2021-10-12 can only be terminated. Long-term plans renew on the 1st; call and SMS usage is billed 1–2 months late, so charges can appear after termination. The "Japan Tourist" data SIM is prepaid, with no further charges.',
          '解約すると番号は完全に失われます。新しいSIM・eSIMは一時停止や番号移行も選べますが、2021-10-12より前に購入したSIMは解約のみです。長期プランは毎月1日に更新され、通話・SMSの利用分は1〜2か月遅れて請求されるため、解約後に請求が来ることがあります。「Japan Tourist」データSIMはプリペイドで追加請求はありません。',
        ),
        sources: [S.mobalTerminate, S.mobalBilling, S.mobalTourist],
      },
    },
  },
  {
    id: 'japan-wireless',
    name: L('Japan Wireless', 'Japan Wireless', 'ジャパンワイヤレス（Japan Wireless）'),
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
    name: L('GTN Mobile', 'GTN Mobile', 'GTNモバイル（GTN Mobile）'),
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
          '条款把 SIM 卡定义为公司借给你的 IC 卡，所以可能需要交还——请向 GTN 确认。',
          'The terms define the SIM card as an IC card the company lends you, so it may have to go back: ask GTN.',
          '規約ではSIMカードは会社から貸与されるICカードとされているため、返却が必要な可能性があります。GTNに確認してください。',
        ),
        sources: [S.gtnTerms],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Express Data 套餐没有合约期限，但签约后不能取消或退货。',
          'The Express Data plan has no contract period, but once concluded it cannot be cancelled or returned.',
          'Express Dataプランに契約期間はありませんが、契約成立後のキャンセル・返品はできません。',
        ),
        sources: [S.gtnExpressTerms],
      },
    },
  },
  {
    id: 'fuji-wifi',
    name: L('FUJI WiFi（SIM 套餐）', 'FUJI WiFi (SIM plans)', 'FUJI WiFi（SIMプラン）'),
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
          '2022-01-17 起签的合约：每月 25 日前申请，当月底解约；2022-01-16 及以前签的合约截止日是 15 日。到月底都能用，下个月不收费。',
          'Contracts from 2022-01-17: apply by the 25th and it ends that month; contracts up to 2022-01-16 have the 15th as the cut-off. Usable to the month-end, no charge for the next month.',
          '2022-01-17以降の契約は25日まで、2022-01-16以前の契約は15日までに申し込むとその月末で解約になります。月末まで使え、翌月分はかかりません。',
        ),
        sources: [S.ashFuji, S.gochamazFuji],
      },
      fees: {
        status: 'found',
        value: [
          noFee('解约费', 'Cancellation fee', '解約手数料'),
          {
            label: L(
              'デポコミ 押金：12 个月内解约不退还',
              'デポコミ deposit: not refunded if you cancel within 12 months',
              'デポコミの保証金：12か月以内の解約で返金なし',
            ),
            amountYen: 5000,
            from: null,
          },
        ],
        note: L(
          '预付的 おまとめ 期间不退款。',
          'Prepaid おまとめ periods are not refunded.',
          '前払いのおまとめ期間は返金されません。',
        ),
        sources: [S.genfuFuji, S.umeyaFuji],
      },
      simReturn: {
        status: 'found',
        value: {
          rule: 'mail-back',
          address: null,
          deadline: L(
            '一位用户 2020 年的经验：租借物品须在下个月 3 日前寄到',
            "One user's 2020 experience: rental items due back by the 3rd of the next month",
            '2020年の利用者の体験談：レンタル品は翌月3日までに返却',
          ),
          penalty: L(
            '解约后下个月用量超过 100 MB 会产生违约金',
            'Using more than 100 MB in the following month triggers a penalty',
            '翌月に100MBを超えて使うと違約金が発生',
          ),
          tracked: true,
        },
        note: L(
          '用可追踪的邮寄方式（如レターパック）自费寄回 SIM（以及路由器、线等租借物），并把追踪号码用邮件告诉 FUJI WiFi。寄送地址资料里没有写。',
          'Send the SIM (and any router or cable) back by tracked mail such as レターパック, at your cost, and e-mail them the tracking number. The address was not in the sources read.',
          'SIM（ルーター・ケーブルがあればそれも）をレターパックなど追跡できる方法で自己負担で返送し、追跡番号をメールで知らせます。返送先の住所は資料にありませんでした。',
        ),
        sources: [S.genfuFuji, S.narwhalFuji],
      },
    },
  },
  {
    id: 'travel-esim',
    name: L(
      '预付旅行 eSIM（Airalo、Ubigi、Holafly 等）',
      'Prepaid travel eSIM (Airalo, Ubigi, Holafly and the like)',
      '旅行用プリペイドeSIM（Airalo・Ubigi・Holaflyなど）',
    ),
    kind: 'travel-esim',
    network: null,
    officialUrl: null,
    facts: {
      cancelChannels: {
        status: 'found',
        value: ['app', 'online'],
        note: L(
          '一次性套餐到期自动结束，不用解约；订阅型（自动续费）套餐要在卖家的应用或网站里关掉续费，删除应用并不会停止续费。Holafly 订阅要在续费日前至少 7 天取消。Ubigi 取消自动续费的方法没有找到。',
          "One-off plans simply expire: nothing to cancel. Subscriptions (auto-renew) must be switched off in the seller's app or website; deleting the app does not stop renewals. Holafly subscriptions: cancel at least 7 days before renewal. Ubigi's auto-renew steps were not found.",
          '1回きりのプランは期限で自動的に終わり、解約は不要です。自動更新のサブスクリプションは販売元のアプリかWebで更新を止めます（アプリを消しても止まりません）。Holaflyは更新日の7日以上前に解約します。Ubigiの自動更新の止め方は見つかりませんでした。',
        ),
        sources: [S.holaflyUnusedData, S.holaflyPlansCancel, S.orbitmoneyAiralo],
      },
      billing: {
        status: 'found',
        value: 'prepaid',
        note: L(
          '未用完的流量会作废。Holafly 订阅续费后不退款；未激活的订阅 14 天内可全额退款。Ubigi 只有从未扫描过二维码才可退款。',
          'Unused data is lost. Holafly: no refund after a renewal; an unused, unactivated subscription is refunded in full within 14 days. Ubigi: refundable only if the QR code was never scanned.',
          '残ったデータは失効します。Holaflyは更新後の返金なし、未使用・未開通のサブスクリプションは14日以内なら全額返金。UbigiはQRコードを一度も読み込んでいない場合のみ返金対象です。',
        ),
        sources: [S.holaflyUnusedData, S.holaflyPlansCancel, S.holaflyRefund, S.ubigiRefund],
      },
      simReturn: {
        status: 'not-found',
        value: null,
        note: L(
          'eSIM 没有东西要交还。实体旅行 SIM 卡则因卖家而异：有的押金只有在到期后一周内寄回才退。',
          'An eSIM has nothing to return. Physical travel SIM cards vary by seller: some refund a deposit only if the card is mailed back within a week after it expires.',
          'eSIMは返却物がありません。物理的な旅行用SIMは販売元によって異なり、期限後1週間以内に返送した場合だけ保証金を返すところもあります。',
        ),
        sources: [S.airaloValidity, S.traveltechlabDeposit],
      },
      afterCancel: {
        status: 'found',
        value: L(
          'Airalo：只有在没有有效套餐、也不再需要时才删除 eSIM；删除后通常无法重新安装，可能还要用的话就先停用（停用不会暂停有效期）。',
          'Airalo: remove an eSIM only when it has no active package and you no longer need it; a removed eSIM usually cannot be reinstalled, so disable it instead if you may reuse it (disabling does not pause the validity).',
          'Airalo：有効なパッケージがなく不要になった場合だけeSIMを削除します。削除すると通常は再インストールできないため、また使うかもしれないならオフにします（オフにしても有効期限は止まりません）。',
        ),
        sources: [S.airaloRemoveIos, S.airaloReinstall],
      },
    },
  },
  {
    id: 'other-mvno',
    name: L('其他廉价 SIM（MVNO）', 'Another MVNO (budget SIM)', 'その他の格安SIM（MVNO）'),
    kind: 'generic',
    network: null,
    officialUrl: null,
    facts: {},
  },
  {
    id: 'unknown',
    name: L('其他运营商／不确定', "Another carrier / I'm not sure", 'その他の通信会社・わからない'),
    kind: 'generic',
    network: null,
    officialUrl: null,
    facts: {},
  },
] satisfies ProviderData[];

/** The entry used when a profile names a provider the content does not know. */
export const FALLBACK_PROVIDER_ID = 'unknown';
