import fc from 'fast-check';
import { anyHostile, hostileString } from './hostile-values';
import { preview } from './fuzz-case';

/** Damage to whole documents for the importers: schedule.xml/json, sessions.csv, backups. */

export interface Mutated<T> {
  value: T;
  notes: string[];
}

type TextStep = { apply: (text: string) => string; note: string };

export const XML_SNIPPETS = [
  '<!DOCTYPE schedule [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>',
  '&x;',
  '&#0;',
  '&#xD800;',
  '&#x1F389;',
  '<![CDATA[',
  ']]>',
  '<',
  '>',
  '&',
  '</event>',
  '<event>',
  '<?xml version="1.1" encoding="ISO-8859-1"?>',
  '<!--',
  '\u0000',
  ' guid="not-a-uuid"',
  ' id="-1"',
  '<start>25:99</start>',
  '<date>2026-02-30T09:00:00+01:00</date>',
  '<date>2026-03-29T02:30:00</date>',
  '<duration>-01:00</duration>',
  '<duration>9999:00</duration>',
  '<room>',
  '<person id="x">',
  '\uFEFF',
  '"',
  "'",
];

export const CSV_SNIPPETS = [
  '"',
  '""',
  ',',
  ';',
  '\r\n',
  '\n,,,,',
  '\n',
  '=cmd|" /C calc"!A0',
  '\uFEFF',
  '\t',
  '\u0000',
  '\r',
];

/** Cell values aimed at the CSV columns: local times in DST gaps, impossible dates, foreign ids, odd versions. */
export function hostileCell(foreignIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(
      '2026-03-29 02:30',
      '2026-03-29 02:30:00',
      '2026-03-29T02:30',
      '29.03.2026 02:30',
      '2026-02-30 09:00',
      '2026-03-28 24:00',
      '2026-03-28 9:5',
      '2026-03-28 09:00+25:00',
      '2026-10-25 02:30',
      '9999-99-99 99:99',
      '0',
      '-1',
      '1.5',
      '1e3',
      '99999999999999999999',
      'Mars/Base',
      'talk ',
      'cancelled',
      'TALK',
      'Room Z',
      'Ada Lovelace; Nobody',
      '',
      ' ',
      'null',
    ),
    fc.constantFrom(...foreignIds),
    hostileString.map((value) => value.slice(0, 400)),
  );
}

/** One to three cuts, insertions or replacements of lines and cells, inside the text. */
export function mutateText(
  text: string,
  snippets: string[],
  cells: fc.Arbitrary<string>,
  pieces: RegExp,
): fc.Arbitrary<Mutated<string>> {
  const lines = text.split('\n').length;
  const step: fc.Arbitrary<TextStep> = fc.oneof(
    fc.nat(text.length).map((at) => ({ apply: (t: string) => t.slice(0, at), note: `cut at ${at}` })),
    fc
      .tuple(
        fc.nat(text.length),
        fc.oneof(
          fc.constantFrom(...snippets),
          hostileString.map((s) => s.slice(0, 200)),
        ),
      )
      .map(([at, snippet]) => ({
        apply: (t: string) => t.slice(0, at) + snippet + t.slice(at),
        note: `insert ${preview(snippet)} at ${at}`,
      })),
    fc.tuple(fc.nat(lines - 1), fc.nat(20), cells).map(([line, cell, value]) => ({
      apply: (t: string) => replacePiece(t, line, cell, value, pieces),
      note: `line ${line + 1} cell ${cell} = ${preview(value)}`,
    })),
    fc.nat(lines - 1).map((line) => ({
      apply: (t: string) =>
        t
          .split('\n')
          .filter((_l, i) => i !== line)
          .join('\n'),
      note: `drop line ${line + 1}`,
    })),
    fc.nat(lines - 1).map((line) => ({
      apply: (t: string) =>
        t
          .split('\n')
          .flatMap((l, i) => (i === line ? [l, l] : [l]))
          .join('\n'),
      note: `repeat line ${line + 1}`,
    })),
  );
  return fc.array(step, { minLength: 1, maxLength: 3 }).map((steps) => ({
    value: steps.reduce((t, s) => s.apply(t), text),
    notes: steps.map((s) => s.note),
  }));
}

/** Replaces the n-th piece (as matched by the global `pieces` pattern) of a line. */
function replacePiece(text: string, line: number, n: number, value: string, pieces: RegExp): string {
  const all = text.split('\n');
  if (line >= all.length) return text;
  const matches = [...all[line].matchAll(pieces)];
  if (!matches.length) return text;
  const match = matches[n % matches.length];
  all[line] = all[line].slice(0, match.index) + value + all[line].slice(match.index + match[0].length);
  return all.join('\n');
}

/** CSV cells, and XML text contents and attribute values. */
export const CSV_PIECES = /[^,\n]+/g;
export const XML_PIECES = /(?<=>)[^<]+(?=<)|(?<==")[^"]*(?=")/g;

/** Every path in a JSON document, to aim a mutation anywhere in it. */
export function pathsOf(
  doc: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (doc && typeof doc === 'object') {
    for (const [key, value] of Object.entries(doc)) {
      const path = [...prefix, Array.isArray(doc) ? Number(key) : key];
      out.push(path);
      pathsOf(value, path, out);
    }
  }
  return out;
}

function edit(doc: unknown, path: (string | number)[], change: (parent: any, key: string | number) => void): unknown {
  const copy = structuredClone(doc);
  let parent: any = copy;
  for (const key of path.slice(0, -1)) parent = parent?.[key];
  if (parent && typeof parent === 'object') change(parent, path[path.length - 1]);
  return copy;
}

/** One to three structural changes anywhere in a JSON document: a hostile value, a removal, a duplicate. */
export function mutateJson(doc: unknown, known: string[]): fc.Arbitrary<Mutated<unknown>> {
  const paths = pathsOf(doc);
  const step = fc.tuple(fc.constantFrom(...paths), fc.nat(2), anyHostile(known)).map(([path, kind, value]) => ({
    apply: (d: unknown) =>
      edit(d, path, (parent, key) => {
        if (kind === 0) parent[key] = value;
        else if (kind === 1) {
          if (Array.isArray(parent)) parent.splice(Number(key), 1);
          else delete parent[key];
        } else if (Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
        else parent[key] = known.length ? known[0] : value;
      }),
    note: `${path.join('.')} ${kind === 0 ? `= ${preview(value)}` : kind === 1 ? 'removed' : 'duplicated'}`,
  }));
  return fc.array(step, { minLength: 1, maxLength: 3 }).map((steps) => ({
    value: steps.reduce((d, s) => s.apply(d), doc),
    notes: steps.map((s) => s.note),
  }));
}
