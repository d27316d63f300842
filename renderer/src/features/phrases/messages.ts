import type { FeatureMessages } from '../../i18n/catalog';

const en = {
  'phrases.title': 'Japanese phrases',
  'phrases.help': 'Say them, or show one to the staff in large type.',
  'phrases.show': 'Show to staff',
  'phrases.context': 'Tip',
  'phrases.none': 'No phrases for this case.',
};

export const messages: FeatureMessages<keyof typeof en> = {
  en,
  'zh-CN': {
    'phrases.title': '日语句子',
    'phrases.help': '可以照着说，也可以放大给店员看。',
    'phrases.show': '给店员看',
    'phrases.context': '提示',
    'phrases.none': '这个事项没有要用的日语句子。',
  },
  ja: {
    'phrases.title': '日本語フレーズ',
    'phrases.help': 'そのまま読むか、大きく表示してスタッフに見せられます。',
    'phrases.show': 'スタッフに見せる',
    'phrases.context': 'ポイント',
    'phrases.none': 'この手続きで使うフレーズはありません。',
  },
};
