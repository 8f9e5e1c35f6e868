import { parseScheduleXml } from '../../../src/interop/frab-xml.parser';
import { ScheduleFormatError } from '../../../src/interop/schedule-model';

/** A one-event schedule.xml around a title, an attribute value and a person name. */
function schedule({ title = 'Talk', roomName = 'Room', person = 'Ada', extra = '' } = {}): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<schedule><version>1</version><conference><acronym>refs</acronym><title>Refs</title>
<time_zone_name>Europe/Berlin</time_zone_name></conference>
<day index="1" date="2026-03-10" start="2026-03-10T04:00:00+01:00" end="2026-03-11T03:59:00+01:00">
<room name="${roomName}"><event id="1" guid="6f1d1c5e-0000-4000-8000-000000000001">
<date>2026-03-10T10:00:00+01:00</date><start>10:00</start><duration>00:30</duration><room>${roomName}</room>
<title>${title}</title><type>talk</type><abstract/><track/>${extra}
<persons><person id="7">${person}</person></persons></event></room></day></schedule>`;
}

describe('XML character references', () => {
  it.each([
    ['decimal, as pentabarf wrote umlauts', 'M&#252;nchen &#8211; Hamburg', 'München – Hamburg'],
    ['hexadecimal, digits in either case', 'A &#x263A; B &#x263a;', 'A ☺ B ☺'],
    ['an astral character by decimal', 'party &#127881;', 'party 🎉'],
    ['an astral character by hex', '&#x1F600;&#x1f600;', '😀😀'],
    ['leading zeros', '&#0065;&#x0042;', 'AB'],
    ['tab, line feed and carriage return', 'a&#9;b&#10;c&#13;d', 'a\tb\nc\rd'],
    ['the predefined entities', '&lt;p&gt; &amp; &quot;q&quot; &apos;a&apos;', '<p> & "q" \'a\''],
    ['an escaped reference, decoded once only', '&amp;#38; &amp;amp;', '&#38; &amp;'],
    ['markup characters by reference', '&#60;b&#62;&#38;', '<b>&'],
    ['many leading zeros (XML sets no limit)', '&#0000000000065;', 'A'],
  ])('decodes %s', (_label, raw, expected) => {
    expect(parseScheduleXml(schedule({ title: raw })).events[0].title).toBe(expected);
  });

  it.each([
    ['NUL', '&#0;'],
    ['a control character XML 1.0 forbids', '&#x1B;'],
    ['a lone surrogate', '&#xD83D;'],
    ['U+FFFE', '&#xFFFE;'],
    ['a code point beyond Unicode', '&#x110000;'],
    ['an undeclared HTML entity', '&nbsp;'],
    ['an upper-case X (not XML)', '&#X263A;'],
    ['a bare ampersand', 'Q & A'],
    ['a reference without its semicolon', '&#8211 dash'],
  ])('refuses %s, as a document that is not well-formed', (_label, raw) => {
    expect(() => parseScheduleXml(schedule({ title: raw }))).toThrow(ScheduleFormatError);
    expect(() => parseScheduleXml(schedule({ title: raw }))).toThrow(/^XML is not well-formed at line \d+/);
  });

  it('decodes references in element text, attribute values and person names of a schedule', () => {
    const parsed = parseScheduleXml(
      schedule({
        title: 'A &#8211; B &#x263A; &#128512;',
        roomName: 'Saal &#x1F31F; &#34;Zuse&#34;',
        person: 'Bj&#246;rn &#x141;ukasz',
      }),
    );
    expect(parsed.events[0].title).toBe('A – B ☺ 😀');
    expect(parsed.events[0].room).toBe('Saal 🌟 "Zuse"');
    expect(parsed.rooms).toEqual([{ name: 'Saal 🌟 "Zuse"' }]);
    expect(parsed.events[0].persons[0].name).toBe('Björn Łukasz');
  });

  it('keeps CDATA sections as written', () => {
    const parsed = parseScheduleXml(
      schedule({ extra: '<description><![CDATA[a &#38; b &amp; c < d]]></description>' }),
    );
    expect(parsed.events[0].description).toBe('a &#38; b &amp; c < d');
  });

  it('refuses a reference to a character XML does not allow, naming it', () => {
    expect(() => parseScheduleXml(schedule({ title: 'bad &#0; title' }))).toThrow(/&#0; does not name a character/);
    expect(() => parseScheduleXml(schedule({ title: 'bad &#0; title' }))).toThrow(ScheduleFormatError);
  });

  it('still refuses DTDs, so no entity beyond the predefined five can be declared', () => {
    const xml = schedule({ title: '&ent;' }).replace('<schedule>', '<!DOCTYPE schedule [<!ENTITY ent "x">]><schedule>');
    expect(() => parseScheduleXml(xml)).toThrow(/DTDs and entity declarations are not accepted/);
    expect(() => parseScheduleXml(schedule({ title: 'a &nbsp; b' }))).toThrow(/&nbsp; is not declared/);
  });
});
