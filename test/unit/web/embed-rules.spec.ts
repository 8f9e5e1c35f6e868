import { embedSnippet } from '../../../web/console/embed-snippet/snippet';
import { DEFAULT_ACCENT, findByIdOrName, readOptions, textOn } from '../../../web/embed/embed-options';

const attributes = (values: Record<string, string>) => (name: string) => values[name] ?? null;

describe('embed attributes', () => {
  it('reads every setting an organizer can give', () => {
    expect(
      readOptions(
        attributes({ event: 'conf', view: 'grid', track: 'Research', room: 'a', day: '2027-03-11', accent: '#B00060' }),
      ),
    ).toEqual({ event: 'conf', view: 'grid', track: 'Research', room: 'a', day: '2027-03-11', accent: '#B00060' });
  });

  it('falls back to a list in the default colour for unknown or unsafe values', () => {
    expect(
      readOptions(attributes({ event: ' conf ', view: 'table', accent: 'red; background: url(x)', day: 'tomorrow' })),
    ).toEqual({
      event: 'conf',
      view: 'list',
      accent: DEFAULT_ACCENT,
    });
  });

  it('finds a room or track by id first, then by name whatever its case', () => {
    const rooms = [
      { id: 'r1', name: 'Main Hall' },
      { id: 'main hall', name: 'Room A' },
    ];
    expect(findByIdOrName(rooms, 'main hall')?.id).toBe('main hall');
    expect(findByIdOrName(rooms, 'MAIN HALL')?.id).toBe('r1');
    expect(findByIdOrName(rooms, 'Room C')).toBeUndefined();
  });

  it('writes black on light accents and white on dark ones', () => {
    expect(textOn('#ffd54a')).toBe('#000000');
    expect(textOn('#fff')).toBe('#000000');
    expect(textOn('#1f5fa8')).toBe('#ffffff');
    expect(textOn('#b00060')).toBe('#ffffff');
  });
});

describe('embed snippet', () => {
  it('names the script on this app and only the settings chosen', () => {
    expect(embedSnippet('https://agenda.example', 'conf-2027', { view: 'list', accent: '#1f5fa8' })).toBe(
      '<script type="module" src="https://agenda.example/embed.js"></script>\n' +
        '<agenda-program event="conf-2027" view="list" accent="#1f5fa8"></agenda-program>',
    );
    expect(
      embedSnippet('https://agenda.example', 'conf', { view: 'grid', trackId: 't1', roomId: 'r1', accent: '#000' }),
    ).toContain('<agenda-program event="conf" view="grid" track="t1" room="r1" accent="#000">');
  });

  it('escapes what it writes into attributes', () => {
    expect(embedSnippet('https://a.example', 'x"><script>', { view: 'list', accent: '#000' })).toContain(
      'event="x&quot;&gt;&lt;script&gt;"',
    );
  });
});
