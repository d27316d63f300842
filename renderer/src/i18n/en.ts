// English UI texts. The other languages must define every key (checked by the compiler).
export const en = {
  'app.name': 'Sayonara SIM',
  'app.promise': 'Cancel your Japanese SIM or eSIM step by step, and keep the proof.',
  'nav.home': 'My cases',
  'nav.settings': 'Settings',
  'nav.language': 'Language',
  'home.title': 'My cases',
  'home.empty.title': 'No cases yet',
  'home.empty.body':
    'A case is one phone line or data plan you want to end. Answer a few questions to get a checklist made for your carrier and card type.',
  'home.start': 'Start a new case',
  'home.offline': 'Everything stays on this computer. The app never goes online.',
  'settings.title': 'Settings',
  'settings.dataDir': 'Where your data lives',
  'settings.dataDir.help':
    'Your cases, notes and backups are in this folder. Copy it to back everything up. Nothing is sent anywhere.',
  'settings.freedAtStart.one':
    'At start, {n} attached file that nothing used any more was removed ({size} freed).',
  'settings.freedAtStart.other':
    'At start, {n} attached files that nothing used any more were removed ({size} freed).',
  'settings.openFolder': 'Open the data folder',
  'settings.language': 'Language',
  'settings.theme': 'Appearance',
  'settings.theme.system': 'Follow the system',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.version': 'Version {app} · guide content {content}',
  'notice.recovered':
    'Your data file could not be read, so it was set aside as "{file}" (nothing was deleted). The app loaded the newest good backup, "{backup}". Anything saved after that backup is only in "{file}".',
  'notice.recoveredFresh':
    'Your data file could not be read, so it was set aside as "{file}" (nothing was deleted). No good backup was found, so the app started empty.',
  'notice.newerSchema':
    'Your data file "{file}" was written by a newer version of Sayonara SIM. To keep it safe, this version will not change it: update the app to continue.',
  'notice.missingRestored':
    'Your data file "{file}" was missing, so the app put back the newest good backup, "{backup}". If you removed it on purpose, delete your cases from the list.',
  'notice.dismiss': 'Got it',
  'error.invalid_request': 'The app could not accept that request. Nothing was changed.',
  'error.unknown_channel': 'The app sent a request it does not know. Nothing was changed.',
  'error.forbidden': 'That is not allowed, so nothing was done.',
  'error.not_found': 'That item no longer exists.',
  'error.store_read_only': 'This version of the app can only read your data, so nothing was saved.',
  'error.store_write_failed': 'Saving failed (is the disk full?). Nothing was changed.',
  'error.store_busy':
    'A restore is replacing your data right now. Wait until it has finished, then try again. Nothing was changed.',
  'error.disk_full': 'The disk is full, so nothing was saved. Free some space, then try again.',
  'error.internal': 'Something went wrong inside the app. Nothing was changed.',
  'error.text_control_characters':
    'A text you entered holds a line break or a hidden control character where none can be (a name or a number is one line). Remove it, then try again. Nothing was changed.',
  'error.backup_control_characters':
    'This backup holds a line break or a hidden control character in a name or a number, which could alter exported reports and calendars, so it was not used. Nothing was changed.',
  'error.file_too_large':
    '"{name}" is larger than {limitMb} MB, the most the app can keep. It was not attached.',
  'error.file_empty': '"{name}" is empty (0 bytes), so it was not attached.',
  'error.file_unreadable':
    '"{name}" could not be read. Check that it is a file you can open, then try again.',
  'error.file_unsafe_path':
    '"{name}" was refused for safety: attach the file itself, not a link or shortcut to it.',
  'error.file_unsupported_type':
    '"{name}" cannot be attached: PNG, JPEG, HEIC, PDF, .eml and .txt files can, and the content must match the file type.',
  'error.backup_invalid':
    'This backup file is damaged or is not a Sayonara SIM backup, so it was not used. Nothing was changed.',
  'error.backup_unsafe':
    'This backup file holds something unsafe (a file outside its folder, or one far larger than it claims), so it was not used. Nothing was changed.',
  'error.backup_newer_schema':
    'That backup comes from a newer version of Sayonara SIM. Update the app to restore it. Nothing was changed.',
  'error.backup_no_space':
    'There is not enough free space to restore that backup: it needs {neededMb} MB and the disk has {availableMb} MB. Nothing was changed.',
  'error.attachment_changed':
    'The attached file "{name}" has changed on disk since it was added, so no backup was written. Nothing was changed.',
  'error.document_secret':
    'This is a secret (a PIN or a login), so the app keeps no file for it: keep it in your password manager.',
  'common.loading': 'Loading…',
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.save': 'Save',
  'common.back': 'Back',
  'common.next': 'Next',
  'common.details': 'Details',
  'common.pasteImagesOnly':
    'Only a screenshot or photo (PNG or JPEG) can be pasted here. Save a text or e-mail as a .txt or .eml file and attach the file instead.',
} as const;

export type CoreMessageKey = keyof typeof en;
export type Messages = Record<CoreMessageKey, string>;
