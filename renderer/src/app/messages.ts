// The app frame's own texts: start-up notices for a broken data folder, the page for one that cannot be
// used, About, diagnostics, and the page shown when a screen fails to draw.
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
  'startup.title': 'Data folder unavailable',
  'startup.intro': 'Sayonara SIM cannot use the folder where it keeps your data:',
  'startup.reason': 'What is wrong: {reason}.',
  'startup.whatNow':
    'Nothing in it was changed. If the folder is on a drive that is not connected, connect it and try again. Or choose another folder: Sayonara SIM keeps your data there from the next start on, starting empty if the folder holds none (nothing is moved from the old folder).',
  'startup.choose': 'Choose a different folder',
  'startup.retry': 'Try again',
  'boot.failed': 'Sayonara SIM could not start',
  'boot.failedHelp': 'Nothing on this computer was changed. Try again, or close the app and open it again.',
  'startup.openLog': 'Open the log',
  'startup.log': 'The log of this start: {file}',
  'startup.chosenUnusable': 'That folder cannot be used either ({reason}). Choose another one.',
  'startup.restarting': 'Starting again…',
  'error.folder_unusable': 'That folder cannot be used to keep the data. Nothing was changed.',
  'crash.title': 'Something went wrong',
  'crash.body':
    'This screen stopped because of an error in the app. Everything you saved is safe in your data folder. Reload to carry on; if it happens again, copy the diagnostics and send them to whoever helps you.',
  'crash.reload': 'Reload',
  'crash.copyFailed': 'The diagnostics could not be copied.',
};

export const messages = en;
