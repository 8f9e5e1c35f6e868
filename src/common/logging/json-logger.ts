import { LoggerService, LogLevel } from '@nestjs/common';
import pino, { Logger as Pino } from 'pino';

/** Nest's start-up chatter (one line per module and per route): debug, not info. */
const NOISY_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer']);

const PINO_LEVEL: Record<LogLevel, pino.Level> = {
  fatal: 'fatal',
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

// C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;

/**
 * Text that came from outside (an imported title, a header) may hold a newline or a terminal
 * escape: written as `\uXXXX`, it can neither start a forged log line nor recolour a terminal,
 * whatever reads the log (JSON encoding alone leaves U+2028 as it is, and a console viewer
 * would print a decoded newline).
 */
export const escapeControls = (text: string) =>
  text.replace(CONTROL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/**
 * Nest's logger as one JSON object per line, through pino (the logger Fastify is built on):
 * `{"level":30,"time":…,"context":"Import","msg":"…"}`. Written to process.stdout.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Pino;
  private readonly enabled: Set<LogLevel>;

  constructor(levels: LogLevel[], destination: NodeJS.WritableStream = process.stdout) {
    this.enabled = new Set(levels);
    this.pino = pino({ level: 'trace', base: undefined }, destination);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.write('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('verbose', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]): void {
    this.write('fatal', message, rest);
  }

  setLogLevels(levels: LogLevel[]): void {
    this.enabled.clear();
    for (const level of levels) this.enabled.add(level);
  }

  /** Nest passes `(message, context)`, or `(message, stack, context)` for errors. */
  private write(level: LogLevel, message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest.pop() as string) : undefined;
    const effective = context && NOISY_CONTEXTS.has(context) && level === 'log' ? 'debug' : level;
    if (!this.enabled.has(effective)) return;
    const stack = rest.find((part): part is string => typeof part === 'string');
    const text =
      message instanceof Error ? message.message : typeof message === 'string' ? message : JSON.stringify(message);
    this.pino[PINO_LEVEL[effective]](
      {
        ...(context && { context: escapeControls(context) }),
        ...((stack ?? (message instanceof Error ? message.stack : undefined)) && {
          stack: escapeControls(stack ?? (message as Error).stack!),
        }),
      },
      escapeControls(text ?? String(message)),
    );
  }
}
