import { changeCount, changelogInWords } from '../../../web/offline/changelog-words';
import { en, ja, offlineLanguage, offlineTranslator } from '../../../web/offline/messages';

const empty = {
  added: [],
  removed: [],
  cancelled: [],
  moved: [],
  retimed: [],
  renamed: [],
  speakersChanged: [],
  otherChanges: [],
};
const log = {
  ...empty,
  added: [{ id: 'a', title: 'New talk', startsAt: '2027-03-10T14:00:00+01:00', room: 'Room A' }],
  moved: [
    {
      id: 'b',
      title: 'Keynote',
      before: { startsAt: '2027-03-10T09:00:00+01:00', room: 'Main Hall' },
      after: { startsAt: '2027-03-10T10:00:00+01:00', room: 'Room B' },
    },
  ],
  renamed: [{ id: 'c', title: 'New name', before: 'Old name', after: 'New name' }],
  speakersChanged: [{ id: 'd', title: 'Panel', before: ['A'], after: [] }],
  cancelled: [{ id: 'e', title: 'Workshop' }],
};
const clock = (instant: string) => instant.slice(11, 16);

describe('the changelog in words on the agenda page', () => {
  it('counts changes as the server counts a version’s changeCount', () => {
    expect(changeCount(empty)).toBe(0);
    expect(changeCount(log)).toBe(5);
  });

  it('says each change in a sentence, in English', () => {
    expect(changelogInWords(log, offlineTranslator('en'), clock)).toEqual([
      'Added: New talk, 14:00, Room A',
      'Moved: Keynote, from 09:00, Main Hall to 10:00, Room B',
      'Renamed: “Old name” is now “New name”',
      'New speakers for Panel: nobody',
      'Cancelled: Workshop',
    ]);
  });

  it('and in Japanese, with every English key translated', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
    expect(changelogInWords(log, offlineTranslator('ja'), clock)[0]).toBe('追加:New talk(14:00, Room A)');
  });

  it('picks the page’s language, else the browser’s first that it has, else English', () => {
    expect(offlineLanguage('ja', ['en-GB'])).toBe('ja');
    expect(offlineLanguage(null, ['de-DE', 'ja-JP'])).toBe('ja');
    expect(offlineLanguage('de', ['fr'])).toBe('en');
  });
});
