import type { Translate } from '../lib/i18n';
import type { en } from './messages/en';

/** A soft conflict as the API reports it: after a write (`warnings`) or in the conflict report. */
export interface SoftWarning {
  kind: string;
  message: string;
  speakerId?: string;
  sessionId?: string;
  sessions?: { id: string; title: string }[];
}

export interface WarningNames {
  speakers: Map<string, string>;
  sessions: Map<string, string>;
}

/**
 * A soft conflict in the console's language, from its kind and ids; the server's English
 * message only for kinds the console does not know. `about` is the session it is listed under.
 */
export function warningInWords(
  warning: SoftWarning,
  tr: Translate<typeof en>,
  names: WarningNames,
  about?: string,
): string {
  switch (warning.kind) {
    case 'availability': {
      const name = warning.speakerId && names.speakers.get(warning.speakerId);
      return name ? tr('warn.availability', { name }) : warning.message;
    }
    case 'capacity':
      return tr('warn.capacity');
    case 'break':
      return tr('warn.break');
    case 'track': {
      const other =
        (warning.sessionId && names.sessions.get(warning.sessionId)) ||
        warning.sessions?.find((session) => session.id !== about)?.title;
      return other ? tr('warn.track', { title: other }) : warning.message;
    }
    default:
      return warning.message;
  }
}
