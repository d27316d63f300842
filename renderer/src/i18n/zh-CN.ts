import type { Messages } from './en';

export const zhCN: Messages = {
  'app.name': 'さよならSIM',
  'app.promise': '一步一步办理日本 SIM 卡或 eSIM 的解约，并保留凭证。',
  'nav.home': '我的事项',
  'nav.settings': '设置',
  'nav.language': '语言',
  'home.title': '我的事项',
  'home.empty.title': '还没有事项',
  'home.empty.body':
    '一个事项对应一条你要解约的电话线路或流量套餐。回答几个问题，就能得到按你的运营商和卡的类型定制的清单。',
  'home.start': '新建事项',
  'home.offline': '所有数据只保存在这台电脑上，本应用从不联网。',
  'settings.title': '设置',
  'settings.dataDir': '数据保存位置',
  'settings.dataDir.help':
    '你的事项、备注和备份都在这个文件夹里。复制这个文件夹即可备份全部数据，不会上传到任何地方。',
  'settings.freedAtStart': '启动时删除了 {count} 个已不再使用的附件，释放了 {size}。',
  'settings.openFolder': '打开数据文件夹',
  'settings.language': '语言',
  'settings.theme': '外观',
  'settings.theme.system': '跟随系统',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.version': '版本 {app} · 指南内容 {content}',
  'notice.recovered':
    '你的数据文件无法读取，已另存为“{file}”（没有删除任何内容）。应用已载入最新的完好备份“{backup}”。在该备份之后保存的内容只在“{file}”中。',
  'notice.recoveredFresh':
    '你的数据文件无法读取，已另存为“{file}”（没有删除任何内容）。没有找到完好的备份，所以应用从空白开始。',
  'notice.newerSchema':
    '数据文件“{file}”是由更新版本的 さよならSIM 写入的。为保证安全，当前版本不会修改它，请更新应用后继续。',
  'notice.missingRestored':
    '找不到你的数据文件“{file}”，应用已用最新的完好备份“{backup}”恢复。如果是你有意删除的，请在列表里删除这些事项。',
  'notice.dismiss': '知道了',
  'error.invalid_request': '应用无法接受这个请求，没有做任何更改。',
  'error.unknown_channel': '应用发出了无法识别的请求，没有做任何更改。',
  'error.forbidden': '不允许此操作，所以什么也没有做。',
  'error.not_found': '该项目已不存在。',
  'error.store_read_only': '当前版本的应用只能读取你的数据，所以没有保存。',
  'error.store_write_failed': '保存失败（磁盘是否已满？），没有做任何更改。',
  'error.internal': '应用内部出错，没有做任何更改。',
  'error.file_too_large': '“{name}”超过 {limitMb} MB（应用能保存的上限），没有附加。',
  'error.file_empty': '“{name}”是空文件（0 字节），没有附加。',
  'error.file_unreadable': '无法读取“{name}”。请确认它是一个可以打开的文件，然后再试一次。',
  'error.file_unsafe_path': '出于安全考虑，已拒绝“{name}”：请附加文件本身，而不是指向它的链接或快捷方式。',
  'error.file_unsupported_type':
    '不能附加“{name}”：只能附加 PNG、JPEG、HEIC、PDF、.eml 和 .txt 文件，而且内容要与文件类型一致。',
  'error.backup_invalid': '这个备份文件已损坏，或者不是 さよならSIM 的备份，所以没有使用。没有做任何更改。',
  'error.backup_unsafe':
    '这个备份文件含有不安全的内容（文件位于其文件夹之外，或实际大小远超声明），所以没有使用。没有做任何更改。',
  'error.backup_newer_schema': '这个备份来自更新版本的 さよならSIM。请先更新应用再恢复。没有做任何更改。',
  'error.backup_no_space':
    '磁盘空间不足，无法恢复这个备份：需要 {neededMb} MB，目前只有 {availableMb} MB。没有做任何更改。',
  'error.attachment_changed': '附件“{name}”在添加之后被修改过，所以没有写出备份。没有做任何更改。',
  'error.document_secret':
    '这是密码类信息（网络密码或登录信息），应用不保存它的文件：请把它保存在你的密码管理器里。',
  'common.loading': '加载中…',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.back': '上一步',
  'common.next': '下一步',
  'common.details': '详细信息',
  'common.pasteImagesOnly':
    '这里只能粘贴截图或照片（PNG 或 JPEG）。文字或邮件请先另存为 .txt 或 .eml 文件，再附加该文件。',
};
