import type { FeatureMessages } from '../../i18n/catalog';

const en = {
  'backup.title': 'Backup and restore',
  'backup.help':
    'Save everything — cases, records and attachments — as one .sayonara file, or bring one back.',
  'backup.export': 'Export a backup…',
  'backup.exported': 'Backup saved to {path} ({cases} cases, {records} records, {attachments} attachments).',
  'backup.import': 'Restore from a backup…',
  'backup.preview':
    'This file holds {cases} cases, {records} records and {attachments} attachments, saved {createdAt}.',
  'backup.add': 'Add to my data',
  'backup.replace': 'Replace my data',
  'backup.safety': 'Your current data is backed up first, either way.',
  'backup.restored': 'Restored. Your previous data was kept in {file}.',
};

export const messages: FeatureMessages<keyof typeof en> = {
  en,
  'zh-CN': {
    'backup.title': '备份与恢复',
    'backup.help': '把所有内容（事项、记录和附件）保存为一个 .sayonara 文件，或从这样的文件恢复。',
    'backup.export': '导出备份…',
    'backup.exported': '备份已保存到 {path}（{cases} 个事项、{records} 条记录、{attachments} 个附件）。',
    'backup.import': '从备份恢复…',
    'backup.preview':
      '此文件包含 {cases} 个事项、{records} 条记录和 {attachments} 个附件，保存于 {createdAt}。',
    'backup.add': '添加到现有数据',
    'backup.replace': '替换现有数据',
    'backup.safety': '无论选择哪种方式，都会先备份你现在的数据。',
    'backup.restored': '已恢复。之前的数据保存在 {file}。',
  },
  ja: {
    'backup.title': 'バックアップと復元',
    'backup.help':
      '手続き・記録・添付ファイルをすべて 1 つの .sayonara ファイルに保存したり、そこから戻したりできます。',
    'backup.export': 'バックアップを書き出す…',
    'backup.exported':
      '{path} に保存しました（手続き {cases} 件、記録 {records} 件、添付 {attachments} 件）。',
    'backup.import': 'バックアップから復元…',
    'backup.preview':
      'このファイルには手続き {cases} 件、記録 {records} 件、添付 {attachments} 件が入っています（{createdAt} 保存）。',
    'backup.add': '今のデータに追加',
    'backup.replace': '今のデータと置き換え',
    'backup.safety': 'どちらを選んでも、先に今のデータをバックアップします。',
    'backup.restored': '復元しました。以前のデータは {file} に残っています。',
  },
};
