/**
 * The words of the offline and "program updated" UI, in English and Japanese. Kept here, in the
 * shape of the public pages' catalogs (`{name}` placeholders, Japanese typed by English), so they
 * can move into that catalog as they are.
 */
export const en = {
  'offline.note': 'Offline: showing the program as of {time}.',
  'offline.starsQueued': 'Offline: your stars are kept in this browser and saved when the network returns.',
  'updates.heading': 'Program updated',
  'updates.count': 'Program updated: {count} changes.',
  'updates.countOne': 'Program updated: 1 change.',
  'updates.sinceVisit': 'Program updated since your last visit: {count} changes.',
  'updates.sinceVisitOne': 'Program updated since your last visit: 1 change.',
  'updates.show': 'Show the changes',
  'updates.hide': 'Hide the changes',
  'updates.reload': 'Show the new program',
  'changes.added': 'Added: {title}, {where}',
  'changes.moved': 'Moved: {title}, from {from} to {to}',
  'changes.retimed': 'New end time: {title} now ends at {to} instead of {from}',
  'changes.renamed': 'Renamed: “{from}” is now “{to}”',
  'changes.speakers': 'New speakers for {title}: {people}',
  'changes.nobody': 'nobody',
  'changes.cancelled': 'Cancelled: {title}',
  'changes.removed': 'Removed: {title}',
  'changes.other': 'Details changed: {title}',
  'changes.unscheduled': 'not yet scheduled',
};

export type OfflineMessages = typeof en;

export const ja: OfflineMessages = {
  'offline.note': 'オフライン:{time} 時点のプログラムを表示しています。',
  'offline.starsQueued': 'オフライン:スターはこのブラウザに保存され、接続が戻ると同期されます。',
  'updates.heading': 'プログラム更新',
  'updates.count': 'プログラムが更新されました:{count} 件の変更。',
  'updates.countOne': 'プログラムが更新されました:1 件の変更。',
  'updates.sinceVisit': '前回の閲覧以降にプログラムが更新されました:{count} 件の変更。',
  'updates.sinceVisitOne': '前回の閲覧以降にプログラムが更新されました:1 件の変更。',
  'updates.show': '変更内容を表示',
  'updates.hide': '変更内容を隠す',
  'updates.reload': '新しいプログラムを表示',
  'changes.added': '追加:{title}({where})',
  'changes.moved': '移動:{title}({from} → {to})',
  'changes.retimed': '終了時刻の変更:{title}({from} → {to})',
  'changes.renamed': '名称変更:「{from}」→「{to}」',
  'changes.speakers': '登壇者の変更:{title}({people})',
  'changes.nobody': 'なし',
  'changes.cancelled': '中止:{title}',
  'changes.removed': '削除:{title}',
  'changes.other': '詳細の変更:{title}',
  'changes.unscheduled': '未定',
};

export type OfflineLang = 'en' | 'ja';
export type OfflineTranslate = (key: keyof OfflineMessages, params?: Record<string, string | number>) => string;

/** The page's language (its `lang`, else the browser's first), among the two we have. */
export function offlineLanguage(pageLang: string | null, browser: readonly string[]): OfflineLang {
  for (const candidate of [pageLang, ...browser]) {
    const base = candidate?.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'ja') return base;
  }
  return 'en';
}

export function offlineTranslator(lang: OfflineLang): OfflineTranslate {
  const catalog = lang === 'ja' ? ja : en;
  return (key, params) =>
    params ? catalog[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : catalog[key];
}
