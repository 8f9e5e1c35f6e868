import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { lazyModule } from '../common/lazy-module';

/**
 * zxcvbn's estimate of guesses needed, with its dictionaries (common passwords, English words,
 * names, Wikipedia), keyboard patterns, repeats, sequences and dates. Score 4 means at least
 * 10^10 guesses: `Summer2024!!` (a word, a year, a repeat) scores 3 and is refused.
 */
export const MIN_SCORE = 4;

// Loaded on first use: the dictionaries take some 200 ms to load and about 11 MB of heap (30 MB
// of RSS while they are parsed), which a server that sees no password for days need not hold.
const zxcvbn = lazyModule((): ZxcvbnFactory => {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as typeof import('@zxcvbn-ts/core');
  const common = require('@zxcvbn-ts/language-common') as typeof import('@zxcvbn-ts/language-common');
  const english = require('@zxcvbn-ts/language-en') as typeof import('@zxcvbn-ts/language-en');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
});

/** Why the password is too easy to guess, or undefined; `context` words (name, e-mail) count as known. */
export function weakPasswordProblem(password: string, context: string[]): string | undefined {
  const result = zxcvbn().check(password, context);
  if (result.score >= MIN_SCORE) return undefined;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `password is too easy to guess${hint ? `: ${hint}` : ''}`;
}
