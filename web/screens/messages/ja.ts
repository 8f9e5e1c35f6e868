import { ScreenMessages } from './en';

export const ja: ScreenMessages = {
  loading: 'プログラムを読み込んでいます…',
  loadFailed: 'プログラムを読み込めませんでした（{reason}）。まもなく再試行します。',
  allRooms: 'すべての会場',
  now: '現在',
  next: '次',
  room: '会場',
  nothingNow: '現在のセッションはありません',
  nothingNext: 'この会場の予定は以上です',
  freeUntil: '{time}まで空き',
  startsAt: '{time}開始',
  startsOn: '{day} {time}',
  until: '{time}まで',
  breakNow: '{label}（{time}まで）',
  breakDefault: '休憩',
  cancelled: '中止',
  offline: 'オフライン：{time}時点のプログラムを表示しています',
  updated: '{time}にプログラムを確認',
  fullScreen: '全画面表示',
  clockLabel: '現在時刻',
  roomsLabel: '各会場の現在と次のセッション',
};
