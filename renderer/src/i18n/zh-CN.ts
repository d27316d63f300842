import type { Messages } from './en';

export const zhCN: Messages = {
  'app.name': 'さよならSIM',
  'app.promise': '一步一步注销你的日本 SIM 卡或 eSIM，并保留注销凭证。',
  'nav.home': '我的事项',
  'nav.settings': '设置',
  'nav.language': '语言',
  'home.title': '我的事项',
  'home.empty.title': '还没有事项',
  'home.empty.body':
    '一个事项对应一条你要注销的电话线路或流量套餐。回答几个问题，就能得到按你的运营商和卡类型定制的清单。',
  'home.start': '新建事项',
  'home.offline': '所有数据只保存在这台电脑上，本应用从不联网。',
  'settings.title': '设置',
  'settings.dataDir': '数据保存位置',
  'settings.dataDir.help':
    '你的事项、备注和备份都在这个文件夹里。复制这个文件夹即可备份全部数据，不会上传到任何地方。',
  'settings.openFolder': '打开数据文件夹',
  'settings.language': '语言',
  'settings.theme': '外观',
  'settings.theme.system': '跟随系统',
  'settings.theme.light': '浅色',
  'settings.theme.dark': '深色',
  'settings.version': '版本 {app} · 指南内容 {content}',
  'notice.recovered':
    '你的数据文件无法读取，已另存为“{file}”（没有删除任何内容）。应用已载入最新的完好备份“{backup}”。',
  'notice.recoveredFresh':
    '你的数据文件无法读取，已另存为“{file}”（没有删除任何内容）。没有找到完好的备份，所以应用从空白开始。',
  'notice.newerSchema':
    '数据文件“{file}”是由更新版本的 さよならSIM 写入的。为保证安全，当前版本不会修改它，请更新应用后继续。',
  'notice.dismiss': '知道了',
  'error.invalid_request': '输入未被接受：{detail}',
  'error.unknown_channel': '应用发出了无法识别的请求，没有做任何更改。',
  'error.forbidden': '不允许此操作：{detail}',
  'error.not_found': '该项目已不存在。',
  'error.store_read_only': '当前版本的应用只能读取你的数据，因此没有保存。',
  'error.store_write_failed': '保存失败（磁盘是否已满？），没有做任何更改。',
  'error.internal': '应用内部出错，没有做任何更改。',
  'common.loading': '加载中…',
  'common.close': '关闭',
  'common.cancel': '取消',
  'common.save': '保存',
  'common.back': '上一步',
  'common.next': '下一步',
};
