import { slugify } from '../../../src/events/event.mapper';

describe('slugify', () => {
  it('turns a name into lower-case ASCII words joined by dashes', () => {
    expect(slugify('Web Summit 2026')).toBe('web-summit-2026');
  });

  it('strips accents', () => {
    expect(slugify('Conférence Été 2026')).toBe('conference-ete-2026');
    expect(slugify('Ångström Ñandú Çà')).toBe('angstrom-nandu-ca');
  });

  it('folds compatibility characters such as ligatures and full-width digits', () => {
    expect(slugify('ﬁnance ２０２６')).toBe('finance-2026');
  });

  it('collapses runs of punctuation and spaces into one dash and trims dashes at the ends', () => {
    expect(slugify('  --Rust & Go: a (friendly) debate!!  ')).toBe('rust-go-a-friendly-debate');
  });

  it('falls back to "event" when nothing ASCII is left', () => {
    expect(slugify('東京カンファレンス')).toBe('event');
    expect(slugify('🎉🎉')).toBe('event');
    expect(slugify('')).toBe('event');
  });

  it('keeps the ASCII part of a mixed name', () => {
    expect(slugify('PyCon 日本 2026')).toBe('pycon-2026');
  });

  it('cuts long names to at most 100 characters without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(99)} bcd`);
    expect(slug).toBe('a'.repeat(99));
    expect(slugify('word '.repeat(60)).length).toBeLessThanOrEqual(100);
    expect(slugify('word '.repeat(60))).not.toMatch(/-$/);
  });

  it('gives the same slug for the same name', () => {
    expect(slugify('Same Name')).toBe(slugify('same   name'));
  });
});
