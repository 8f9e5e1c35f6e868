import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/**
 * zxcvbn's estimate of guesses needed, with its dictionaries (common passwords, English words,
 * names, Wikipedia), keyboard patterns, repeats, sequences and dates. Score 4 means at least
 * 10^10 guesses: `Summer2024!!` (a word, a year, a repeat) scores 3 and is refused.
 */
export const MIN_SCORE = 4;

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * Loaded and built on first use, not at start-up: the dictionaries hold some 11 MB of heap and
 * take about 200 ms to load, and most processes never see a password being set.
 */
async function loadEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, common, english] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  return new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  });
}

/** Why the password is too easy to guess, or undefined; `context` words (name, e-mail) count as known. */
export async function weakPasswordProblem(password: string, context: string[]): Promise<string | undefined> {
  estimator ??= loadEstimator();
  const result = (await estimator).check(password, context);
  if (result.score >= MIN_SCORE) return undefined;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `password is too easy to guess${hint ? `: ${hint}` : ''}`;
}
