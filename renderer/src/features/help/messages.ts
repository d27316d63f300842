import type { FeatureMessages } from '../../i18n/catalog';

const en = {
  'help.open': 'Keyboard shortcuts',
  'help.title': 'Keyboard shortcuts',
  'help.key.tab': 'Move to the next control; with Shift, go back',
  'help.key.space': 'Tick or untick the step or document in focus',
  'help.key.enter': 'Press the button in focus; go to the next question',
  'help.key.arrows': 'Choose an answer; switch between the case tabs',
  'help.key.next': 'Jump to the next step to do',
  'help.key.help': 'Show this list',
  'help.key.escape': 'Close this list, a dialog or the staff card',
};

export const messages: FeatureMessages<keyof typeof en> = {
  en,
  'zh-CN': {
    'help.open': '快捷键',
    'help.title': '快捷键',
    'help.key.tab': '移到下一个控件；加 Shift 则返回上一个',
    'help.key.space': '勾选或取消当前的步骤或材料',
    'help.key.enter': '按下当前按钮；进入下一题',
    'help.key.arrows': '选择答案；切换事项的标签页',
    'help.key.next': '跳到下一个要做的步骤',
    'help.key.help': '显示这个列表',
    'help.key.escape': '关闭这个列表、对话框或给店员看的卡片',
  },
  ja: {
    'help.open': 'キーボード操作',
    'help.title': 'キーボード操作',
    'help.key.tab': '次のボタンや入力欄へ移動（Shift キーを押しながらだと前へ）',
    'help.key.space': 'フォーカス中の項目・書類をチェック／解除',
    'help.key.enter': 'フォーカス中のボタンを押す・次の質問へ',
    'help.key.arrows': '回答を選ぶ・手続きのタブを切り替える',
    'help.key.next': '次に行う項目へ移動',
    'help.key.help': 'この一覧を表示',
    'help.key.escape': 'この一覧・ダイアログ・スタッフ用カードを閉じる',
  },
};
