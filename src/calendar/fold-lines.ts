const ASCII = /^\p{ASCII}*$/u;
const MAX_OCTETS = 74;

/**
 * ical-generator's foldLines, byte for byte (RFC 5545 3.1: lines of at most 75 octets, a
 * continuation starts with CRLF and a space). Its own measures each character with a new
 * TextEncoder, which was most of the millisecond a VEVENT took to render.
 */
export function foldLines(input: string): string {
  return input.split('\r\n').map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  if (!ASCII.test(line)) return foldMeasured(line);
  let result = line.slice(0, MAX_OCTETS);
  for (let i = MAX_OCTETS; i < line.length; i += MAX_OCTETS) result += `\r\n ${line.slice(i, i + MAX_OCTETS)}`;
  return result;
}

function foldMeasured(line: string): string {
  let result = '';
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    let ch = line.charAt(i);
    // a high surrogate takes the next code unit with it, whatever that is (as ical-generator does)
    if (ch >= '\ud800' && ch <= '\udbff') ch += line.charAt(++i);
    const size = utf8Octets(ch);
    octets += size;
    if (octets > MAX_OCTETS) {
      result += '\r\n ';
      octets = size;
    }
    result += ch;
  }
  return result;
}

/** What TextEncoder makes of one or two code units: lone surrogates become U+FFFD (3 octets). */
function utf8Octets(ch: string): number {
  if (ch.length === 2) {
    const low = ch.charCodeAt(1);
    return low >= 0xdc00 && low <= 0xdfff ? 4 : 3 + utf8Octets(ch.charAt(1));
  }
  if (ch.length === 0) return 0;
  const code = ch.charCodeAt(0);
  return code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
}
