const en = {
  'backup.title': 'Backup and restore',
  'backup.help':
    'Save everything — cases, records and attachments — as one .sayonara file, or bring one back.',
  'backup.export': 'Export a backup…',
  'backup.exported': 'Backup saved to {path} ({cases}, {records}, {attachments}).',
  'backup.import': 'Restore from a backup…',
  'backup.preview': 'This file holds {cases}, {records} and {attachments}, saved {createdAt}.',
  'backup.add': 'Add to my data',
  'backup.replace': 'Replace my data',
  'backup.safety': 'Your current data is backed up first, either way.',
  'backup.adding': 'Adding from the backup…',
  'backup.replacing':
    'Restoring from the backup… Until it has finished, nothing else can be saved: changes made meanwhile would be replaced.',
  'backup.restored': 'Restored. Your previous data was kept in {file}.',
  'backup.added': 'Added {cases}, {records} and {attachments}. Your previous data was kept in {file}.',
  'backup.addedNothing':
    'Nothing was added: everything in this backup is already in your data. Your previous data was kept in {file}.',
  'backup.cases.one': '{n} case',
  'backup.cases.other': '{n} cases',
  'backup.records.one': '{n} record',
  'backup.records.other': '{n} records',
  'backup.attachments.one': '{n} attachment',
  'backup.attachments.other': '{n} attachments',
};

export const messages = en;
