/// <reference lib="dom" />
import type { Locator, Page } from 'playwright-core';
import { en } from '../../web/console/messages/en';
import { ja } from '../../web/console/messages/ja';

/** A newcomer's first program, in the language of the run: what the organizer types. */
export type Lang = 'en' | 'ja';
export const CATALOGS = { en, ja } as const;

export const PROGRAM = {
  en: {
    event: 'Kyoto Symposium on Open Scheduling 2027',
    venue: 'Kyoto International Conference Center',
    tracks: ['Systems', 'Society'],
    rooms: [
      ['Main Hall', '500'],
      ['Room A', '120'],
      ['Room B', '80'],
      ['Room C', '40'],
    ],
    speakers: [
      ['Aiko Tanaka', 'Kyoto University'],
      ['Ben Okafor', 'Lagos Tech'],
      ['Chen Wei', 'Tsinghua University'],
      ['Dana Novak', 'CERN'],
      ['Emi Sato', 'NII Tokyo'],
      ['Farid Haddad', 'EPFL'],
      ['Grace Liu', 'NTU Singapore'],
      ['Hiro Yamada', 'Osaka University'],
      ['Ines Costa', 'University of Porto'],
      ['Jonas Berg', 'KTH Stockholm'],
    ],
    titles: {
      keynote: 'Opening keynote: programs that plan themselves',
      a1: 'Constraint solvers for room allocation',
      b1: 'Who gets the big room? Fairness in programs',
      c1: 'Workshop: your first timetable in an afternoon',
      papers: 'Paper session: Timetabling',
      panel: 'Panel: the future of hybrid meetings',
      a2: 'Live schedule changes without chaos',
      closing: 'Closing remarks, day one',
      keynote2: 'Day two keynote: data for organizers',
      a3: 'Speaker availability at scale',
      b3: 'Translating programs for every audience',
      lightning: 'Lightning talks',
      paper: [
        'Integer programming for conference grids',
        'Attendee preferences in timetabling',
        'Room fit under uncertainty',
        'A benchmark of real programs',
      ],
    },
    renamed: 'Who gets the big room? Fairness in programs (updated)',
    version1: 'First programme',
  },
  ja: {
    event: 'オープンスケジューリング京都シンポジウム 2027',
    venue: '国立京都国際会館',
    tracks: ['システム', '社会'],
    rooms: [
      ['メインホール', '500'],
      ['会議室A', '120'],
      ['会議室B', '80'],
      ['会議室C', '40'],
    ],
    speakers: [
      ['田中 愛子', '京都大学'],
      ['鈴木 一郎', '東京大学'],
      ['陳 偉', '清華大学'],
      ['佐藤 恵美', '国立情報学研究所'],
      ['高橋 健', '大阪大学'],
      ['伊藤 さくら', '東北大学'],
      ['渡辺 翔', '名古屋大学'],
      ['山田 浩', '九州大学'],
      ['中村 由美', '北海道大学'],
      ['小林 大輔', '慶應義塾大学'],
    ],
    titles: {
      keynote: '基調講演:自ら計画するプログラム',
      a1: '部屋割り当てのための制約ソルバー',
      b1: '大部屋は誰のもの?プログラムの公平性',
      c1: 'ワークショップ:午後で作る最初の時間割',
      papers: '論文セッション:時間割作成',
      panel: 'パネル:ハイブリッド会議の未来',
      a2: '混乱なしのスケジュール変更',
      closing: '1日目クロージング',
      keynote2: '2日目基調講演:主催者のためのデータ',
      a3: '大規模な登壇者の都合調整',
      b3: 'あらゆる聴衆のためのプログラム翻訳',
      lightning: 'ライトニングトーク',
      paper: [
        '会議グリッドの整数計画法',
        '時間割における参加者の希望',
        '不確実性下の部屋適合',
        '実プログラムのベンチマーク',
      ],
    },
    renamed: '大部屋は誰のもの?プログラムの公平性(改訂)',
    version1: '初版プログラム',
  },
} as const;

/** Every click, fill, selection and key press the organizer makes goes through here, so the journey can count them. */
export class Actions {
  count = 0;
  constructor(readonly page: Page) {}

  async click(target: Locator): Promise<void> {
    this.count++;
    await target.click();
  }
  async fill(target: Locator, value: string): Promise<void> {
    this.count++;
    await target.fill(value);
  }
  async select(target: Locator, option: string | { label: string }): Promise<void> {
    this.count++;
    await target.selectOption(option);
  }
  async check(target: Locator, on: boolean): Promise<void> {
    this.count++;
    await target.setChecked(on);
  }
  async press(target: Locator, key: string): Promise<void> {
    this.count++;
    await target.press(key);
  }
  async goto(url: string): Promise<void> {
    this.count++;
    await this.page.goto(url);
  }
}
