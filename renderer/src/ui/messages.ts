import type { FeatureMessages } from '../i18n/catalog';

type Key = 'ui.show' | 'ui.hide' | 'ui.hidden' | 'ui.progress';

export const messages: FeatureMessages<Key> = {
  en: {
    'ui.show': 'Show',
    'ui.hide': 'Hide',
    'ui.hidden': 'hidden',
    'ui.progress': '{done} of {total} done',
  },
  'zh-CN': {
    'ui.show': '显示',
    'ui.hide': '隐藏',
    'ui.hidden': '已隐藏',
    'ui.progress': '已完成 {done}/{total}',
  },
  ja: {
    'ui.show': '表示',
    'ui.hide': '隠す',
    'ui.hidden': '非表示',
    'ui.progress': '{total} 件中 {done} 件完了',
  },
};
