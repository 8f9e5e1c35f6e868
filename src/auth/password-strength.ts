import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';

/**
 * zxcvbn's estimate of guesses needed, with its dictionaries (common passwords, English words,
 * names, Wikipedia), keyboard patterns, repeats, sequences and dates. Score 4 means at least
 * 10^10 guesses: `Summer2024!!` (a word, a year, a repeat) scores 3 and is refused.
 */
export const MIN_SCORE = 4;

let estimator: ZxcvbnFactory | undefined;

// Built on first use: the dictionaries take some 200 ms to load.
const zxcvbn = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...commonDictionary, ...englishDictionary },
    graphs: adjacencyGraphs,
    translations,
  }));

/** Why the password is too easy to guess, or undefined; `context` words (name, e-mail) count as known. */
export function weakPasswordProblem(password: string, context: string[]): string | undefined {
  const result = zxcvbn().check(password, context);
  if (result.score >= MIN_SCORE) return undefined;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `password is too easy to guess${hint ? `: ${hint}` : ''}`;
}
