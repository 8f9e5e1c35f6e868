/** The embed's own words (the program's content keeps its own language). */
export const en = {
  loading: 'Loading the program…',
  failed: 'The program could not be loaded ({reason}).',
  noEvent: 'Set the event attribute to the event’s slug.',
  days: 'Days',
  empty: 'No sessions on this day.',
  fullAgenda: 'Full agenda',
  time: 'Time',
  gridLabel: 'Program of {day}, one column per room',
  timesIn: 'Times in {zone}',
} as const;

export type EmbedMessages = Record<keyof typeof en, string>;

export const ja: EmbedMessages = {
  loading: 'プログラムを読み込んでいます…',
  failed: 'プログラムを読み込めませんでした（{reason}）。',
  noEvent: 'event 属性にイベントのスラッグを指定してください。',
  days: '日程',
  empty: 'この日のセッションはありません。',
  fullAgenda: 'プログラム全体',
  time: '時刻',
  gridLabel: '{day}のプログラム（会場ごとの列）',
  timesIn: '時刻は{zone}',
};
