// Texts the proof report prints, in each language. Pure data: the renderer reuses the record kinds.
import type { Locale, LocalizedText } from '../guide/types';
import type { RECORD_KINDS } from '../store/schema';

export const RECORD_KIND_LABELS: Record<(typeof RECORD_KINDS)[number], LocalizedText> = {
  'cancellation-request': { en: 'Cancellation request', 'zh-CN': '申请解约', ja: '解約の申込み' },
  'mnp-issued': {
    en: 'MNP reservation number issued',
    'zh-CN': '已取得 MNP 预约号码',
    ja: 'MNP予約番号の発行',
  },
  'shop-visit': { en: 'Shop visit', 'zh-CN': '到店办理', ja: 'ショップでの手続き' },
  'phone-call': { en: 'Phone call', 'zh-CN': '电话联系', ja: '電話での連絡' },
  'online-cancellation': { en: 'Online cancellation', 'zh-CN': '网上解约', ja: 'Webでの解約' },
  'sim-returned': { en: 'SIM returned', 'zh-CN': '已交还 SIM 卡', ja: 'SIMカードの返却' },
  'esim-deleted': { en: 'eSIM deleted', 'zh-CN': '已删除 eSIM', ja: 'eSIMの削除' },
  'final-bill-paid': { en: 'Final bill paid', 'zh-CN': '已付清最后一期账单', ja: '最終請求の支払い' },
  other: { en: 'Other', 'zh-CN': '其他', ja: 'その他' },
};

const T = {
  title: { en: 'Cancellation proof report', 'zh-CN': '解约凭证报告', ja: '解約の証拠レポート' },
  generated: { en: 'Generated', 'zh-CN': '生成时间', ja: '作成日時' },
  cover: { en: 'Summary', 'zh-CN': '概要', ja: '概要' },
  caseName: { en: 'Case', 'zh-CN': '事项', ja: '手続き' },
  line: { en: 'Phone number', 'zh-CN': '电话号码', ja: '電話番号' },
  holderName: { en: 'Contract holder', 'zh-CN': '签约人姓名', ja: '契約者名' },
  residenceCard: { en: 'Residence card number', 'zh-CN': '在留卡号码', ja: '在留カード番号' },
  passport: { en: 'Passport number', 'zh-CN': '护照号码', ja: '旅券番号' },
  provider: { en: 'Carrier', 'zh-CN': '运营商', ja: '通信会社' },
  card: { en: 'Card type', 'zh-CN': '卡的类型', ja: 'カードの種類' },
  outcome: { en: 'Outcome', 'zh-CN': '结果', ja: '結果' },
  outcomeCancelled: {
    en: 'Cancelled, effective {date}',
    'zh-CN': '已解约，生效日 {date}',
    ja: '解約済み（解約日 {date}）',
  },
  outcomeProgress: {
    en: 'In progress: {done} of {total} steps done',
    'zh-CN': '进行中：已完成 {done}/{total} 步',
    ja: '手続き中：{total} 件中 {done} 件完了',
  },
  timeline: { en: 'Timeline of records', 'zh-CN': '记录时间线', ja: '記録の時系列' },
  noRecords: { en: 'No records yet.', 'zh-CN': '还没有记录。', ja: '記録はまだありません。' },
  when: { en: 'When', 'zh-CN': '时间', ja: '日時' },
  entered: { en: 'Entered', 'zh-CN': '录入时间', ja: '入力日時' },
  kind: { en: 'What happened', 'zh-CN': '内容', ja: '内容' },
  shopBranch: { en: 'Shop', 'zh-CN': '门店', ja: 'ショップ' },
  phoneDialled: { en: 'Number dialled', 'zh-CN': '拨打的号码', ja: '発信先の電話番号' },
  portal: { en: 'Website or app', 'zh-CN': '网站或应用', ja: 'サイト・アプリ' },
  referenceNumber: { en: 'Reference number', 'zh-CN': '受理编号', ja: '受付番号' },
  effectiveDate: { en: 'Cancellation date', 'zh-CN': '解约生效日', ja: '解約日' },
  staffName: { en: 'Staff name', 'zh-CN': '工作人员姓名', ja: '担当者名' },
  finalBill: { en: 'Final bill', 'zh-CN': '最后一期账单', ja: '最終請求額' },
  fees: { en: 'Fees', 'zh-CN': '手续费', ja: '手数料' },
  note: { en: 'Notes', 'zh-CN': '备注', ja: 'メモ' },
  step: { en: 'Checklist step', 'zh-CN': '清单步骤', ja: 'チェックリストの項目' },
  attachments: { en: 'Attachments', 'zh-CN': '附件', ja: '添付ファイル' },
  revisions: { en: 'Versions', 'zh-CN': '版本数', ja: '版の数' },
  headHash: {
    en: 'Hash of the latest version (SHA-256)',
    'zh-CN': '最新版本的哈希值（SHA-256）',
    ja: '最新版のハッシュ値（SHA-256）',
  },
  chainIntact: { en: 'History intact', 'zh-CN': '修改记录完整', ja: '履歴は改ざんされていません' },
  chainBroken: {
    en: 'History altered (version {n})',
    'zh-CN': '修改记录被改动过（第 {n} 版）',
    ja: '履歴が書き換えられています（第{n}版）',
  },
  checklist: { en: 'Checklist', 'zh-CN': '清单', ja: 'チェックリスト' },
  done: { en: 'Done', 'zh-CN': '已完成', ja: '完了' },
  notDone: { en: 'Not done', 'zh-CN': '未完成', ja: '未完了' },
  documents: { en: 'Documents', 'zh-CN': '材料', ja: '必要書類' },
  readySince: { en: 'Ready since', 'zh-CN': '准备好的时间', ja: '用意した日時' },
  files: { en: 'Attached files', 'zh-CN': '附件列表', ja: '添付ファイル一覧' },
  fileName: { en: 'Name', 'zh-CN': '文件名', ja: 'ファイル名' },
  imported: { en: 'Imported', 'zh-CN': '导入时间', ja: '取り込み日時' },
  size: { en: 'Size', 'zh-CN': '大小', ja: 'サイズ' },
  sha256: { en: 'SHA-256', 'zh-CN': 'SHA-256', ja: 'SHA-256' },
  physical: { en: 'SIM card', 'zh-CN': 'SIM 卡', ja: 'SIMカード' },
  esim: { en: 'eSIM', 'zh-CN': 'eSIM', ja: 'eSIM' },
  summaryCancelled: {
    en: 'Cancelled: {what}, effective {date}{ref}.',
    'zh-CN': '已解约：{what}，生效日 {date}{ref}。',
    ja: '解約済み：{what}、解約日 {date}{ref}。',
  },
  summaryProgress: {
    en: 'Not cancelled yet: {what}; {done} of {total} steps done.',
    'zh-CN': '尚未解约：{what}，已完成 {done}/{total} 步。',
    ja: '未解約：{what}、{total}件中{done}件完了。',
  },
  summaryRef: { en: ', reference number {ref}', 'zh-CN': '，受理编号 {ref}', ja: '、受付番号 {ref}' },
  figureImported: { en: 'imported {at}', 'zh-CN': '导入于 {at}', ja: '{at} 取り込み' },
  pdfAppended: {
    en: 'PDF, {n} pages: appended after the report (attached PDF {i}).',
    'zh-CN': 'PDF，共 {n} 页：附在报告之后（附加 PDF {i}）。',
    ja: 'PDF（{n}ページ）：レポートの後ろに添付（添付PDF {i}）。',
  },
  pdfNotAppended: {
    en: 'This PDF could not be appended (it is protected or damaged); the file itself is kept in the app.',
    'zh-CN': '无法附加此 PDF（受保护或已损坏）；文件本身保存在应用中。',
    ja: 'このPDFは添付できませんでした（保護されているか破損しています）。ファイル自体はアプリに保存されています。',
  },
  notDrawable: {
    en: 'HEIC images cannot be shown in the PDF; the file itself is kept in the app.',
    'zh-CN': 'PDF 中无法显示 HEIC 图片；文件本身保存在应用中。',
    ja: 'HEIC画像はPDFに表示できません。ファイル自体はアプリに保存されています。',
  },
  fileMissing: {
    en: 'The file is missing from the data folder, or its bytes no longer match its SHA-256.',
    'zh-CN': '数据文件夹中没有这个文件，或其内容与 SHA-256 不符。',
    ja: 'データフォルダにファイルがないか、内容がSHA-256と一致しません。',
  },
  textTruncated: {
    en: 'The first {n} characters are shown; the whole file is kept in the app.',
    'zh-CN': '只显示前 {n} 个字符；完整文件保存在应用中。',
    ja: '最初の{n}文字だけを表示しています。ファイル全体はアプリに保存されています。',
  },
  appendixTitle: {
    en: 'Attached PDF {i} of {total}',
    'zh-CN': '附加 PDF（第 {i} 个，共 {total} 个）',
    ja: '添付PDF（{total}件中{i}件目）',
  },
  appendixFollows: {
    en: 'The next {n} pages are this file, as attached.',
    'zh-CN': '接下来的 {n} 页就是这个文件的原样内容。',
    ja: '次の{n}ページが、添付されたままのこのファイルです。',
  },
  attachedTo: { en: 'Attached to', 'zh-CN': '所属', ja: '添付先' },
} satisfies Record<string, LocalizedText>;

export type ReportTextKey = keyof typeof T;

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));

/** One text in the reader's language. */
export function textIn(
  locale: Locale,
  key: ReportTextKey,
  params: Record<string, string | number> = {},
): string {
  return fill(T[key][locale], params);
}

/** The reader's language with the Japanese beside it (once, when they are the same). */
export function bilingual(
  locale: Locale,
  source: LocalizedText | ReportTextKey,
  params: Record<string, string | number> = {},
) {
  const text = typeof source === 'string' ? T[source] : source;
  const own = fill(text[locale], params);
  const ja = fill(text.ja, params);
  return { own, ja: own === ja ? null : ja };
}
