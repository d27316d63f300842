// Phase 4 — after: the last bill, instalments, the proof, and leaving Japan.
import { L } from '../text';
import { notTravel, step } from './define';

export const afterSteps = [
  step({
    id: 'after.final-bill',
    phase: 'after',
    title: L(
      '等最后一张账单：付款方式先别停',
      'Wait for the final bill: keep the payment method open',
      '最後の請求を待つ：支払い方法はまだ止めない',
    ),
    why: L(
      '最后一张账单通常在解约 1–2 个月后才到。提前停用信用卡或关闭银行账户的话，就会变成欠费，可能影响以后在日本签约。',
      'The final bill usually arrives 1–2 months after cancelling. Closing the card or bank account too early turns it into an unpaid bill, which can affect future contracts in Japan.',
      '最後の請求は解約の1〜2か月後に届くことが多いです。カードや口座を先に解約すると未払いになり、日本での今後の契約に影響することがあります。',
    ),
    how: L(
      '在最后一笔扣款完成前保留信用卡或银行账户，并留出 1–2 个月的余额。收到账单后，对照解约时说明的金额和下面的计费方式。有看不懂的费用，就带着记录向{provider}询问。',
      'Keep the card or bank account, with 1–2 months of funds, until the last payment has gone through. When the bill comes, compare it with what you were told at cancellation and with the billing rule below. If something is unclear, ask {provider} with your records at hand.',
      '最後の支払いが済むまでカードや口座を残し、1〜2か月分の残高を置いておきます。請求が届いたら、解約時の説明や下の請求方法と照らし合わせます。わからない請求があれば、記録を手元に{provider}に問い合わせます。',
    ),
    appliesTo: notTravel,
    documentIds: ['payment-method'],
    phraseIds: ['final-bill'],
    cites: ['billing', 'afterCancel'],
    citesGlobal: ['final-bill-timing', 'unpaid-shared'],
  }),
  step({
    id: 'after.instalments',
    phase: 'after',
    title: L(
      '手机分期：继续按时付款，或一次付清',
      'Handset instalments: keep paying or pay them off',
      '端末の分割払い：払い続けるか一括で払う',
    ),
    why: L(
      '分期不会随线路一起停止；漏付一次就和话费一样算欠费。',
      'Instalments do not stop with the line; a missed payment counts as unpaid, just like a phone bill.',
      '回線が終わっても分割払いは止まらず、払い忘れは携帯料金と同じく未払い扱いになります。',
    ),
    how: L(
      '确认剩余金额、每月扣款日和扣款方式。要离开日本的话，考虑出发前一次付清，或者确认出国后扣款还能继续。',
      'Check the remaining amount, the monthly debit date and the method. If you are leaving Japan, consider paying it off before you go, or make sure the debits can continue after you leave.',
      '残りの金額、毎月の引き落とし日、支払い方法を確認します。日本を離れるなら、出国前に一括で払うか、出国後も引き落としが続けられるようにします。',
    ),
    appliesTo: { ...notTravel, instalments: ['yes', 'unsure'] },
    documentIds: ['payment-method'],
    phraseIds: ['instalments'],
    citesGlobal: ['instalments-continue'],
  }),
  step({
    id: 'after.keep-proof',
    phase: 'after',
    title: L(
      '把凭证一直保存到账单付清以后',
      'Keep the proof until well after the last bill',
      '証拠は最後の請求が済んだ後も保管する',
    ),
    why: L(
      '解约几个月甚至一年后，仍可能出现错误收费；到那时能帮你的，只有当时保存的记录。',
      'Wrong charges can appear months, even a year, after cancelling; then only the records you kept can help you.',
      '解約から数か月、1年後に誤った請求が来ることもあります。そのとき頼りになるのは残しておいた記録だけです。',
    ),
    how: L(
      '在本应用里保留受理编号、邮件、截图和寄回 SIM 的追踪号码，并导出一份副本（例如 PDF）存到云盘或电脑。不要删除确认邮件。',
      'Keep the reference number, e-mails, screenshots and any SIM-return tracking number in this app, and export a copy (for example a PDF) to cloud storage or a computer. Do not delete the confirmation e-mails.',
      '受付番号・メール・スクリーンショット・SIM返送の追跡番号をこのアプリに残し、PDFなどに書き出してクラウドやパソコンにも保存します。確認メールは削除しないでください。',
    ),
    documentIds: ['contract-papers'],
  }),
  step({
    id: 'after.residence-card',
    phase: 'after',
    title: L(
      '出境时在机场交还在留卡',
      'Hand in the residence card at the airport',
      '出国時に空港で在留カードを返納する',
    ),
    why: L(
      '不带再入国许可永久离开时，在留卡必须交还，不交还可能被罚款。手机解约和在留卡是两件事，两件都要办。',
      'If you leave for good without a re-entry permit, the residence card must be returned, and not returning it can be fined. The phone and the card are separate tasks: do both.',
      '再入国許可なしで出国する場合は在留カードを返納する必要があり、返納しないと罰金の可能性があります。携帯の解約とは別の手続きなので、両方済ませます。',
    ),
    how: L(
      '出境审查时告诉审查官你不再回来，卡会被打孔作废后还给你。打算回来的话，不要误交。忘了交的话，按下面的办法在 14 天内寄回。',
      'At departure immigration, tell the officer you are leaving for good; the card is punched and given back to you. If you plan to return, do not hand it in by mistake. If you forget, post it within 14 days as described below.',
      '出国審査で、もう戻らないと審査官に伝えると、カードに穴を開けて返してくれます。戻る予定なら誤って返納しないでください。忘れた場合は下記のとおり14日以内に郵送します。',
    ),
    appliesTo: { ...notTravel, leaving: true, holderType: ['foreign-resident'] },
    documentIds: ['id-document'],
    citesGlobal: ['residence-card-return'],
  }),
  step({
    id: 'after.hotline-188',
    phase: 'after',
    title: L(
      '可能有纠纷时，出国前打 188',
      'If a dispute is likely, call 188 before you leave',
      'トラブルになりそうなら出国前に188へ',
    ),
    why: L(
      '188 是日本国内的消费者热线，会把你转接到附近的消费生活中心；出国以后就很难打通了。',
      "188 is Japan's domestic consumer hotline and routes you to a local consumer centre; it is hard to reach once you are abroad.",
      '188は国内の消費者ホットラインで、近くの消費生活センターにつながります。出国後はかけにくくなります。',
    ),
    how: L(
      '如果对费用、解约生效日或 SIM 交还有争议，在出国前拨打 188。准备好时间线——什么时候、用什么方式、谁说了什么——再加上受理编号、截图和合约文件，并讲清楚你希望的结果（例如取消某笔费用）。',
      'If there is a disagreement about charges, the cancellation date or the SIM return, call 188 before departure. Have a timeline ready — when, which channel, who said what — with the reference number, screenshots and contract papers, and say clearly what you want (for example, a charge removed).',
      '料金・解約日・SIM返却をめぐって食い違いがあれば、出国前に188へ電話します。いつ・どの方法で・誰が何を言ったかの時系列と、受付番号・スクリーンショット・契約書類を用意し、求めること（請求の取り消しなど）をはっきり伝えます。',
    ),
    appliesTo: { ...notTravel, leaving: true },
    documentIds: ['contract-papers'],
    citesGlobal: ['consumer-hotline-188'],
  }),
];
