// The questions to ask at the counter or on the call, each with the field its answer fills. Shaped like
// the guide's phrases (Japanese, kana reading, meaning in Chinese and English); where the guide has the
// same question, the texts are the guide's own (tests/unit/records/ask.test.ts checks they stay so).
import type { ChecklistPhrase } from '../../../../electron/guide/types';
import type { RecordContent } from '../../../../electron/store/schema';

export type AskField = keyof Pick<
  RecordContent,
  'referenceNumber' | 'effectiveDate' | 'finalBillYen' | 'staffName'
>;

export const ASK_QUESTIONS: readonly (Pick<ChecklistPhrase, 'ja' | 'kana' | 'meaning'> & {
  field: AskField;
})[] = [
  {
    field: 'referenceNumber',
    ja: '受付番号を教えていただけますか。',
    kana: 'うけつけばんごうをおしえていただけますか。',
    meaning: { 'zh-CN': '可以告诉我受理编号吗？', en: 'Could you give me the reference number?' },
  },
  {
    field: 'effectiveDate',
    ja: '解約日はいつになりますか。',
    kana: 'かいやくびはいつになりますか。',
    meaning: { 'zh-CN': '解约从哪一天开始生效？', en: 'From what date is the cancellation effective?' },
  },
  {
    field: 'finalBillYen',
    ja: '最終の請求額はいくらになりますか。',
    kana: 'さいしゅうのせいきゅうがくはいくらになりますか。',
    meaning: { 'zh-CN': '最后一期账单是多少钱？', en: 'How much will the final bill be?' },
  },
  {
    field: 'staffName',
    ja: 'ご担当者のお名前を伺ってもよろしいですか。',
    kana: 'ごたんとうしゃのおなまえをうかがってもよろしいですか。',
    meaning: {
      'zh-CN': '可以请问负责办理的工作人员叫什么名字吗？',
      en: 'May I ask the name of the person handling this?',
    },
  },
];
