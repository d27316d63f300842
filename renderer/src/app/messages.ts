// The app frame's own texts: start-up notices for a broken data folder, About, and diagnostics.
import type { FeatureMessages } from '../i18n/catalog';

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

export const messages: FeatureMessages<keyof typeof en> = {
  en,
  'zh-CN': {
    'notice.unreadable':
      '无法读取你的数据文件“{file}”（{reason}）。该文件保持原样未动。应用显示的是最新的完好备份“{backup}”，且为只读：在文件恢复可读之前，任何内容都无法保存。',
    'notice.unreadableFresh':
      '无法读取你的数据文件“{file}”（{reason}）。该文件保持原样未动；也没有找到完好的备份，所以应用为空且只读：在文件恢复可读之前，任何内容都无法保存。',
    'notice.setAsideFailed':
      '你的数据文件“{file}”已损坏，且无法移到一旁（{reason}）。为保护它，应用不会写入任何内容：现在以只读方式显示最新的完好备份“{backup}”。请让数据文件夹可写，然后重新启动应用。',
    'notice.setAsideFailedFresh':
      '你的数据文件“{file}”已损坏，且无法移到一旁（{reason}）。为保护它，应用不会写入任何内容；也没有找到完好的备份，所以应用为空且只读。请让数据文件夹可写，然后重新启动应用。',
    'notice.backupFailed':
      '今天的备份无法写入“{dir}”（{reason}）。你的数据已正常打开；请腾出空间或修复该文件夹，然后重新启动应用以完成备份。',
    'notice.backupFailedReadOnly':
      '数据文件夹无法写入（{reason}），所以应用以只读方式打开：你可以查看所有内容，但无法保存。请让“{dir}”可写，然后重新启动应用。',
    'notice.dataFolderUnusable':
      '数据文件夹不可用：无法使用“{dir}”（{reason}）。应用以空白状态打开，任何内容都无法保存。请确认该文件夹存在且你有写入权限（或把 SAYONARA_DATA_DIR 设为其他文件夹），然后重新启动应用。',
    'notice.log': '详细信息在日志中：{file}',
    'notice.reason.EACCES': '没有权限',
    'notice.reason.EPERM': '没有权限',
    'notice.reason.EROFS': '磁盘为只读',
    'notice.reason.ENOSPC': '磁盘已满',
    'notice.reason.EISDIR': '该位置是一个文件夹',
    'notice.reason.ENOTDIR': '应为文件夹的位置是一个文件',
    'notice.reason.EEXIST': '应为文件夹的位置是一个文件',
    'notice.reason.EIO': '磁盘错误',
    'notice.reason.other': '系统错误 {code}',
    'about.open': '关于',
    'about.title': '关于 Sayonara SIM',
    'about.names': 'Sayonara SIM · さよならSIM',
    'about.version': '版本 {version}',
    'about.content': '指南内容 {version}，信息最近核对于 {date}',
    'about.runtime': 'Electron {electron} · Chromium {chrome} · Node.js {node}',
    'about.licence': '依据 MIT 许可证发布的自由软件。',
    'about.thirdParty': '第三方软件（{count} 个）',
    'settings.diagnostics': '诊断信息',
    'settings.diagnostics.help':
      '遇到问题时，复制这些信息（版本、系统、数据文件夹、最近的日志，已去除个人号码和姓名），发给帮助你的人。',
    'settings.diagnostics.copy': '复制诊断信息',
    'settings.diagnostics.copied': '已复制到剪贴板。',
  },
  ja: {
    'notice.unreadable':
      'データファイル「{file}」を読み込めません（{reason}）。ファイルはそのままにしてあります。最新の正常なバックアップ「{backup}」を読み取り専用で表示しています。ファイルが読めるようになるまで保存はできません。',
    'notice.unreadableFresh':
      'データファイル「{file}」を読み込めません（{reason}）。ファイルはそのままにしてあります。正常なバックアップも見つからないため、空の状態・読み取り専用で開きました。ファイルが読めるようになるまで保存はできません。',
    'notice.setAsideFailed':
      'データファイル「{file}」が壊れていますが、別名に移せませんでした（{reason}）。ファイルを守るため何も書き込まず、最新の正常なバックアップ「{backup}」を読み取り専用で表示しています。データフォルダを書き込み可能にしてから、アプリを再起動してください。',
    'notice.setAsideFailedFresh':
      'データファイル「{file}」が壊れていますが、別名に移せませんでした（{reason}）。ファイルを守るため何も書き込みません。正常なバックアップも見つからないため、空の状態・読み取り専用で開きました。データフォルダを書き込み可能にしてから、アプリを再起動してください。',
    'notice.backupFailed':
      '今日のバックアップを「{dir}」に書き込めませんでした（{reason}）。データは通常どおり開いています。空き容量を増やすかフォルダを直してから、アプリを再起動するとバックアップが作られます。',
    'notice.backupFailedReadOnly':
      'データフォルダに書き込めないため（{reason}）、読み取り専用で開きました。内容はすべて見られますが、保存はできません。「{dir}」を書き込み可能にしてから、アプリを再起動してください。',
    'notice.dataFolderUnusable':
      'データフォルダを使用できません：「{dir}」（{reason}）。アプリは空の状態で開いており、保存はできません。フォルダがあること、書き込めることを確かめて（または SAYONARA_DATA_DIR で別のフォルダを指定して）、アプリを再起動してください。',
    'notice.log': '詳しくはログをご覧ください：{file}',
    'notice.reason.EACCES': '権限がありません',
    'notice.reason.EPERM': '権限がありません',
    'notice.reason.EROFS': 'ディスクが読み取り専用です',
    'notice.reason.ENOSPC': 'ディスクの空きがありません',
    'notice.reason.EISDIR': 'その場所がフォルダになっています',
    'notice.reason.ENOTDIR': 'フォルダのはずの場所がファイルです',
    'notice.reason.EEXIST': 'フォルダのはずの場所がファイルです',
    'notice.reason.EIO': 'ディスクのエラー',
    'notice.reason.other': 'システムエラー {code}',
    'about.open': 'このアプリについて',
    'about.title': 'Sayonara SIM について',
    'about.names': 'Sayonara SIM · さよならSIM',
    'about.version': 'バージョン {version}',
    'about.content': 'ガイド内容 {version}（情報の最終確認日 {date}）',
    'about.runtime': 'Electron {electron} · Chromium {chrome} · Node.js {node}',
    'about.licence': 'MIT ライセンスのフリーソフトウェアです。',
    'about.thirdParty': 'サードパーティ製ソフトウェア（{count} 件）',
    'settings.diagnostics': '診断情報',
    'settings.diagnostics.help':
      '問題が起きたときは、この情報（バージョン、システム、データフォルダ、最近のログ。個人の番号や名前は除いてあります）をコピーして、サポートしてくれる人に送ってください。',
    'settings.diagnostics.copy': '診断情報をコピー',
    'settings.diagnostics.copied': 'クリップボードにコピーしました。',
  },
};
