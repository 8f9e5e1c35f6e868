/** What the password worker thread runs: zxcvbn and its dictionaries live and die with the thread. */
import { weakPasswordProblem } from '../../auth/password-strength';

export function passwordWeakness(input: { password: string; context: string[] }): string | null {
  return weakPasswordProblem(input.password, input.context) ?? null;
}
