import type { FeatureMessages } from '../../i18n/catalog';

const en = {
  'documents.title': 'Documents',
  'documents.help': 'What this case needs. Tick each one when you have it ready.',
  'documents.readyAt': 'Ready since {when}',
  'documents.progress': 'Documents ready',
  'documents.none': 'This case needs no documents.',
  'documents.secret':
    'A secret: the app keeps no file for it. Keep it in your password manager (not in a photo or a text file).',
};

export const messages: FeatureMessages<keyof typeof en> = {
  en,
  'zh-CN': {
    'documents.title': '材料',
    'documents.help': '这个事项需要的材料。准备好一样就勾一样。',
    'documents.readyAt': '{when} 已准备好',
    'documents.progress': '已准备的材料',
    'documents.none': '这个事项不需要准备材料。',
    'documents.secret':
      '这是密码类信息，应用不保存它的文件。请保存在你的密码管理器里（不要存成照片或文本文件）。',
  },
  ja: {
    'documents.title': '必要書類',
    'documents.help': 'この手続きに必要なものです。用意できたらチェックしてください。',
    'documents.readyAt': '{when} に用意済み',
    'documents.progress': '用意できた書類',
    'documents.none': 'この手続きに必要な書類はありません。',
    'documents.secret':
      '秘密の情報なので、アプリにはファイルを保存しません。パスワード管理アプリに保管してください（写真やテキストファイルにはしないでください）。',
  },
};
