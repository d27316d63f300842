// Things to have ready. A document appears in a checklist when it applies to the profile and a
// step in that checklist asks for it.
import type { DocumentData } from './schema';
import { L } from './text';

const notTravel: DocumentData['appliesTo'] = { notProviderKind: ['travel-esim'] };

export const documents = [
  {
    id: 'id-document',
    title: L(
      '在留卡或护照（本人确认证件）',
      'Residence card or passport (本人確認書類)',
      '在留カードまたはパスポート（本人確認書類）',
    ),
    why: L(
      '在门店或电话里核实身份时要用。请带原件，很多门店不接受复印件。',
      'Needed to prove who you are at a shop or on the phone. Bring the original: many shops refuse copies.',
      '店頭や電話での本人確認に使います。コピー不可の店が多いので原本を持参します。',
    ),
    appliesTo: { ...notTravel, holderType: ['foreign-resident'] },
  },
  {
    id: 'id-document-national',
    title: L(
      '本人确认证件：个人编号卡（マイナンバーカード）、驾照等',
      'ID (本人確認書類): My Number Card, driving licence or the like',
      '本人確認書類（マイナンバーカード・運転免許証など）',
    ),
    why: L(
      '在门店或电话里核实身份时要用。请带原件；哪些证件可以用，以{provider}的说明为准。',
      "Needed to prove who you are at a shop or on the phone. Bring the original; {provider}'s own list says which IDs it accepts.",
      '店頭や電話での本人確認に使います。原本を持参します。使える書類は{provider}の案内で確かめます。',
    ),
    appliesTo: { ...notTravel, holderType: ['japanese-national'] },
  },
  {
    id: 'id-document-visitor',
    title: L('护照（本人确认证件）', 'Passport (本人確認書類)', 'パスポート（本人確認書類）'),
    why: L(
      '在门店或电话里核实身份时要用。请带原件；签约时用过其他证件的话，也一起带上。',
      'Needed to prove who you are at a shop or on the phone. Bring the original, and any other ID you showed when you signed up.',
      '店頭や電話での本人確認に使います。原本を持参し、契約時に別の書類を使った場合はそれも持参します。',
    ),
    appliesTo: { ...notTravel, holderType: ['visitor'] },
  },
  {
    id: 'phone-and-sim',
    title: L(
      '手机和 SIM 卡（或装着 eSIM 的手机）',
      'The phone and the SIM card (or the phone holding the eSIM)',
      '携帯電話とSIMカード（またはeSIMの入った端末）',
    ),
    why: L(
      '网上办理时要用它接收短信验证码；门店也会要手机来核对线路、处理 SIM 卡。',
      'Online steps send SMS codes to it, and shops ask for it to check the line and deal with the SIM.',
      'Web手続きではSMSの認証コードを受け取るのに使い、店頭では回線の確認とSIMの扱いのために求められます。',
    ),
    appliesTo: {},
  },
  {
    id: 'network-pin',
    title: L(
      '网络密码（4 位数字）',
      'Network PIN (4 digits, ネットワーク暗証番号)',
      'ネットワーク暗証番号（4桁）',
    ),
    why: L(
      '签约时自己设定的 4 位密码，门店、电话和部分网上手续会要求输入。',
      'The 4-digit code you chose at contract; shops, phone staff and some online steps ask for it.',
      '契約時に自分で決めた4桁の番号で、店頭・電話・一部のWeb手続きで求められます。',
    ),
    secret: true,
    appliesTo: notTravel,
  },
  {
    id: 'portal-login',
    title: L(
      '会员页面或应用的登录信息',
      'Login for the member page or app',
      '会員ページ・アプリのログイン情報',
    ),
    why: L(
      '网上解约、申请 MNP 预约号码和查看账单都要登录。忘了的话先自己找回，门店通常查不到。',
      'Needed to cancel online, get an MNP reservation number and see bills. Recover it first if forgotten — shops usually cannot look it up.',
      'Web解約・MNP予約番号の発行・請求の確認に必要です。忘れたら先に再設定します（店頭では調べられないことが多いです）。',
    ),
    secret: true,
    appliesTo: {},
  },
  {
    id: 'payment-method',
    title: L(
      '付款用的信用卡或银行账户',
      'The card or bank account that pays the bill',
      '支払いに使っているクレジットカード・口座',
    ),
    why: L(
      '最后一张账单和剩余分期都从这里扣款，付清前不要停用。',
      'The final bill and any instalments are charged to it; keep it open until everything is paid.',
      '最後の請求と残債はここから支払われるので、払い終わるまで解約しないでください。',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'proxy-letter',
    title: L(
      '委托书（委任状）——仅在别人代办时',
      '委任状 (letter of authorisation) — only if someone goes for you',
      '委任状（代理人が手続きする場合のみ）',
    ),
    why: L(
      '代办人要带委托书、你的证件（或复印件）和自己的证件。很多运营商只接受家人等特定的人代办，有的还要用指定格式。',
      'A proxy brings the letter, your ID (or a copy) and their own ID. Many carriers accept only family or similar proxies, and some require their own form.',
      '代理人は委任状、契約者の本人確認書類（またはコピー）、代理人自身の本人確認書類を持参します。代理人を家族などに限る通信会社が多く、所定の様式が必要な場合もあります。',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'seal',
    title: L(
      '印章（能用签名代替时可以不带）',
      'Personal seal (hanko): not needed if a signature is accepted',
      '印鑑（サインで代用できる場合は不要）',
    ),
    why: L(
      '有的门店要求盖章，很多时候签名也可以。',
      'Some shops ask for a seal; a signature is often accepted instead.',
      '押印を求める店もありますが、サインで済むことも多いです。',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'contract-papers',
    title: L('合约文件和客户编号', 'Contract papers and customer number', '契約書類とお客様番号'),
    why: L(
      '用来核对签约日期和套餐；以后有纠纷时，也是重要的凭证。',
      'To check the start date and the plan, and as evidence if there is a dispute later.',
      '契約日やプランの確認に使い、後でトラブルになったときの証拠にもなります。',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'non-carrier-email',
    title: L(
      '一个不属于运营商的邮箱',
      'An e-mail address not from the carrier',
      'キャリア以外のメールアドレス',
    ),
    why: L(
      '解约确认和文件要发到线路结束后仍能收信的地址，例如 Gmail。',
      'Cancellation confirmations and papers must go to an address that still works after the line ends, such as Gmail.',
      '解約の確認や書類は、解約後も受け取れるアドレス（Gmailなど）に送ってもらう必要があります。',
    ),
    appliesTo: notTravel,
  },
  {
    id: 'mnp-number',
    title: L(
      'MNP 预约号码（10 位）和有效期限',
      'The MNP reservation number (10 digits) and its expiry',
      'MNP予約番号（10桁）と有効期限',
    ),
    why: L(
      '在新运营商申请时要填写；过期就得重新申请。',
      'The new carrier asks for it at sign-up; if it expires you must get a new one.',
      '乗り換え先の申込みで入力します。期限が切れたら取り直しです。',
    ),
    appliesTo: { numberPlan: ['keep'] },
  },
  {
    id: 'return-envelope',
    title: L('信封和可追踪的邮寄方式', 'An envelope and tracked post', '封筒と追跡できる郵送方法'),
    why: L(
      '用レターパック或挂号信等可追踪的方式寄回 SIM，收据和追踪号码就是已经寄回的凭证。',
      'Returning the SIM by a tracked service such as レターパック or registered mail gives you a receipt and a tracking number as proof.',
      'レターパックや書留など追跡できる方法でSIMを返送すれば、控えと追跡番号が返送の証拠になります。',
    ),
    appliesTo: { cardKind: ['physical'], rule: 'sim-mail-back' },
  },
  {
    id: 'overseas-contact',
    title: L('出国后仍能联系到你的方式', 'A way to reach you after you leave', '出国後も連絡がつく連絡先'),
    why: L(
      '最后一张账单和运营商的询问可能在你出国后才来。登记一个长期使用的邮箱或海外地址。',
      'The final bill and questions from the carrier may come after you leave. Register an e-mail you keep, or an overseas address.',
      '最後の請求や通信会社からの問い合わせは出国後に来ることがあります。今後も使うメールか海外の住所を登録しておきます。',
    ),
    appliesTo: { leaving: true },
  },
] satisfies DocumentData[];
