// The app frame's own texts: start-up notices for a broken data folder, About, and diagnostics.
const en = {
  'notice.unreadable':
    'Your data file "{file}" cannot be read ({reason}). It was left exactly as it is. The app shows the newest good backup, "{backup}", read-only: nothing can be saved until the file can be read again.',
  'notice.unreadableFresh':
    'Your data file "{file}" cannot be read ({reason}). It was left exactly as it is, and no good backup was found, so the app is empty and read-only: nothing can be saved until the file can be read again.',
  'notice.setAsideFailed':
    'Your data file "{file}" is damaged and could not be moved aside ({reason}). To keep it safe, nothing is written: the app shows the newest good backup, "{backup}", read-only. Make the data folder writable, then restart the app.',
  'notice.setAsideFailedFresh':
    'Your data file "{file}" is damaged and could not be moved aside ({reason}). To keep it safe, nothing is written, and no good backup was found, so the app is empty and read-only. Make the data folder writable, then restart the app.',
  'notice.backupFailed':
    'Today\'s backup could not be written to "{dir}" ({reason}). Your data opened normally; free some space or fix the folder, then restart the app to take the backup.',
  'notice.backupFailedReadOnly':
    'The data folder cannot be written to ({reason}), so the app opened read-only: you can read everything, but nothing can be saved. Make "{dir}" writable, then restart the app.',
  'notice.dataFolderUnusable':
    'Data folder unavailable: "{dir}" cannot be used ({reason}). The app opened empty and nothing can be saved. Check that the folder exists and that you may write to it (or set SAYONARA_DATA_DIR to another folder), then restart the app.',
  'notice.log': 'Details are in the log: {file}',
  'notice.reason.EACCES': 'no permission',
  'notice.reason.EPERM': 'no permission',
  'notice.reason.EROFS': 'the disk is read-only',
  'notice.reason.ENOSPC': 'the disk is full',
  'notice.reason.EISDIR': 'a folder is in its place',
  'notice.reason.ENOTDIR': 'a file is where a folder should be',
  'notice.reason.EEXIST': 'a file is where a folder should be',
  'notice.reason.EIO': 'a disk error',
  'notice.reason.other': 'system error {code}',
  'about.open': 'About',
  'about.title': 'About Sayonara SIM',
  'about.names': 'Sayonara SIM · さよならSIM',
  'about.version': 'Version {version}',
  'about.content': 'Guide content {version}, facts last checked on {date}',
  'about.runtime': 'Electron {electron} · Chromium {chrome} · Node.js {node}',
  'about.licence': 'Free software under the MIT licence.',
  'about.thirdParty': 'Third-party software ({count})',
  'settings.diagnostics': 'Diagnostics',
  'settings.diagnostics.help':
    'If something goes wrong, copy these details (versions, system, data folder, the last log lines — personal numbers and names removed) and send them to whoever helps you.',
  'settings.diagnostics.copy': 'Copy diagnostics',
  'settings.diagnostics.copied': 'Copied to the clipboard.',
};

export const messages = en;
