import { SPEAKER_ROLES, SpeakerRole } from '../sessions/session-speaker.entity';

/**
 * OWASP CSV injection: a cell starting with = + - @ tab or CR is a formula to spreadsheets, so
 * export prefixes it with '. Cells that already start with quotes before such a character get
 * one more too, so that import can strip exactly one quote and every value round-trips.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export interface SpeakerCredit {
  name: string;
  role: SpeakerRole;
}

/** `Ada Lovelace (chair); Grace Hopper`: the role is left out when it is the default "speaker". */
export function formatSpeakers(credits: SpeakerCredit[]): string {
  return credits.map(({ name, role }) => (role === 'speaker' ? name : `${name} (${role})`)).join('; ');
}

const ROLE_SUFFIX = new RegExp(`^(.*?)\\s*\\(\\s*(${SPEAKER_ROLES.join('|')})\\s*\\)$`, 'i');

/** Only a known role in trailing parentheses is a role: "Wei Zhang (ACM)" is a name. */
export function parseSpeakers(cell: string): SpeakerCredit[] {
  return cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const match = ROLE_SUFFIX.exec(part);
      return match && match[1]
        ? { name: match[1], role: match[2].toLowerCase() as SpeakerRole }
        : { name: part, role: 'speaker' };
    });
}

/** Names match whatever the spreadsheet did to case, spacing and Unicode composition (macOS writes NFD). */
export function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}
