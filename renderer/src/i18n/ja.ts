import type { Messages } from './en';

export const ja: Messages = {
  'app.name': 'さよならSIM',
  'app.promise': '日本の SIM・eSIM の解約を一歩ずつ進めて、解約の証拠を残せます。',
  'nav.home': '手続き一覧',
  'nav.settings': '設定',
  'nav.language': '言語',
  'home.title': '手続き一覧',
  'home.empty.title': 'まだ手続きがありません',
  'home.empty.body':
    '1件の手続きは、解約したい回線やデータプラン1つ分です。いくつかの質問に答えると、通信会社とカードの種類に合わせたチェックリストができます。',
  'home.start': '新しい手続きを始める',
  'home.offline':
    'データはすべてこのパソコンの中だけに保存されます。アプリがネットに接続することはありません。',
  'settings.title': '設定',
  'settings.dataDir': 'データの保存場所',
  'settings.dataDir.help':
    '手続き・メモ・バックアップはこのフォルダにあります。フォルダごとコピーすれば全部バックアップできます。どこにも送信されません。',
  'settings.freedAtStart':
    '起動時に、どこからも使われなくなった添付ファイル {count} 件を削除しました（{size} を解放）。',
  'settings.openFolder': 'データフォルダを開く',
  'settings.language': '言語',
  'settings.theme': '表示',
  'settings.theme.system': 'システムに合わせる',
  'settings.theme.light': 'ライト',
  'settings.theme.dark': 'ダーク',
  'settings.version': 'バージョン {app}・ガイド内容 {content}',
  'notice.recovered':
    'データファイルを読み込めなかったため「{file}」として別に保管しました（削除はしていません）。最新の正常なバックアップ「{backup}」を読み込みました。このバックアップより後に保存した内容は「{file}」にしか残っていません。',
  'notice.recoveredFresh':
    'データファイルを読み込めなかったため「{file}」として別に保管しました（削除はしていません）。正常なバックアップが見つからなかったため、空の状態で始めました。',
  'notice.newerSchema':
    'データファイル「{file}」は新しいバージョンのさよならSIMで保存されています。安全のため、このバージョンでは変更しません。アプリを更新してください。',
  'notice.missingRestored':
    'データファイル「{file}」が見つからなかったため、最新の正常なバックアップ「{backup}」から元に戻しました。意図して削除した場合は、一覧から手続きを削除してください。',
  'notice.dismiss': 'わかりました',
  'error.invalid_request': 'この要求は受け付けられませんでした。何も変更していません。',
  'error.unknown_channel': 'アプリが不明な要求を送信しました。何も変更していません。',
  'error.forbidden': 'この操作は許可されていないため、何もしませんでした。',
  'error.not_found': 'その項目はすでにありません。',
  'error.store_read_only':
    'このバージョンのアプリではデータを読み込むことしかできないため、保存していません。',
  'error.store_write_failed': '保存に失敗しました（ディスクの空きはありますか？）。何も変更していません。',
  'error.internal': 'アプリの内部でエラーが発生しました。何も変更していません。',
  'error.file_too_large':
    '「{name}」はアプリで保存できる上限の {limitMb} MB を超えているため、添付しませんでした。',
  'error.file_empty': '「{name}」は空（0 バイト）のため、添付しませんでした。',
  'error.file_unreadable':
    '「{name}」を読み込めませんでした。開けるファイルかどうか確認して、もう一度お試しください。',
  'error.file_unsafe_path':
    '安全のため「{name}」は受け付けませんでした。リンクやショートカットではなく、ファイルそのものを添付してください。',
  'error.file_unsupported_type':
    '「{name}」は添付できません。添付できるのは PNG、JPEG、HEIC、PDF、.eml、.txt のファイルで、中身がファイルの種類と一致している必要があります。',
  'error.backup_invalid':
    'このバックアップファイルは壊れているか、さよならSIM のバックアップではないため、使いませんでした。何も変更していません。',
  'error.backup_unsafe':
    'このバックアップファイルには安全でない内容（フォルダーの外を指すファイルや、申告よりはるかに大きいファイル）があるため、使いませんでした。何も変更していません。',
  'error.backup_newer_schema':
    'このバックアップは新しいバージョンのさよならSIMで作られています。アプリを更新してから復元してください。何も変更していません。',
  'error.backup_no_space':
    '空き容量が足りないため、このバックアップを復元できません（必要：{neededMb} MB、空き：{availableMb} MB）。何も変更していません。',
  'error.attachment_changed':
    '添付ファイル「{name}」が追加後に変更されているため、バックアップを書き出しませんでした。何も変更していません。',
  'error.document_secret':
    'これは暗証番号やログイン情報などの秘密の情報なので、ファイルとしては保存しません。パスワード管理アプリに保管してください。',
  'common.loading': '読み込み中…',
  'common.close': '閉じる',
  'common.cancel': 'キャンセル',
  'common.save': '保存',
  'common.back': '戻る',
  'common.next': '次へ',
  'common.details': '詳細',
  'common.pasteImagesOnly':
    'ここに貼り付けられるのはスクリーンショットや写真（PNG または JPEG）だけです。テキストやメールは .txt または .eml ファイルとして保存し、そのファイルを添付してください。',
};
