/** The snippet generator's words; kept beside it so the console's shared catalog stays untouched. */
export const en = {
  title: 'Embed the program on your website',
  intro:
    'Pick what to show, then paste the snippet into your page. It shows the published program and reads only public data.',
  view: 'View',
  list: 'List',
  grid: 'Grid',
  track: 'Track',
  room: 'Room',
  allTracks: 'All tracks',
  allRooms: 'All rooms',
  accent: 'Accent colour',
  snippet: 'Snippet',
  copy: 'Copy snippet',
  copied: 'Snippet copied.',
  copyFailed: 'Could not copy: select the snippet and copy it by hand.',
  draft: 'The embed shows the program once the event is published.',
  screens: 'Room screens',
  screensIntro: 'Full-screen now and next for a display by each door:',
  venueScreen: 'Whole venue',
} as const;

export type SnippetMessages = Record<keyof typeof en, string>;

export const ja: SnippetMessages = {
  title: 'ウェブサイトにプログラムを埋め込む',
  intro:
    '表示する内容を選び、スニペットをページに貼り付けてください。公開済みのプログラムを公開データだけから表示します。',
  view: '表示',
  list: 'リスト',
  grid: 'グリッド',
  track: 'トラック',
  room: '会場',
  allTracks: 'すべてのトラック',
  allRooms: 'すべての会場',
  accent: 'アクセントカラー',
  snippet: 'スニペット',
  copy: 'スニペットをコピー',
  copied: 'スニペットをコピーしました。',
  copyFailed: 'コピーできませんでした。スニペットを選択して手動でコピーしてください。',
  draft: 'イベントを公開すると埋め込みにプログラムが表示されます。',
  screens: '会場スクリーン',
  screensIntro: '各会場の入口に置くディスプレイ用の「現在と次」の全画面表示：',
  venueScreen: '会場全体',
};
