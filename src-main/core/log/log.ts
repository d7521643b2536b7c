import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../contract/errors';

// The support log: what went wrong and where, for whoever helps the institution — never what it was
// about. An entry is a time, a level, an event name (a call's name, a job's name) and, for a failure,
// the error's class, its code and its stack frames. Never an error's message (a message can quote a
// value: a name, a FIN), never an input. AppError messages are translation keys, so they are kept.
// The file rotates: qaygi.log, then qaygi.1.log … qaygi.<files-1>.log, each at most maxBytes.

export type LogLevel = 'info' | 'warn' | 'error';

/** Safe fields only: numbers, booleans, and short strings of a call's or a code's alphabet. */
export type LogFields = Record<string, number | boolean | string>;

export interface SupportLog {
  write(level: LogLevel, event: string, error?: unknown, fields?: LogFields): void;
}

const SAFE_TEXT = /^[A-Za-z0-9_.:/-]{0,80}$/;
const FRAME = /^\s+at .+$/;

export type DescribedError = Record<string, string | string[]>;

/** An error already described in another thread (the export worker), passed on as it is. */
export class Described {
  constructor(readonly described: DescribedError) {}
}

/** An error as the log keeps it: no message unless it is a translation key. */
export function describeError(e: unknown): DescribedError {
  if (e instanceof Described) return e.described;
  if (e instanceof AppError) return { error: 'AppError', code: e.code, key: e.messageKey };
  if (!(e instanceof Error)) return { error: typeof e };
  const out: Record<string, string | string[]> = { error: SAFE_TEXT.test(e.name) ? e.name : 'Error' };
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && SAFE_TEXT.test(code)) out.code = code;
  // The frames after the first line (which repeats the message), without their file's folders.
  const frames = (e.stack ?? '').split('\n').filter((l) => FRAME.test(l)).slice(0, 12);
  out.stack = frames.map((l) => l.trim().replace(/\(?(?:file:\/\/)?[^\s()]*[\\/]([^\\/\s()]+:\d+:\d+)\)?/g, '($1)'));
  return out;
}

function safeFields(fields: LogFields | undefined): LogFields {
  const out: LogFields = {};
  for (const [k, v] of Object.entries(fields ?? {})) {
    if (!SAFE_TEXT.test(k)) continue;
    out[k] = typeof v === 'string' && !SAFE_TEXT.test(v) ? '(withheld)' : v;
  }
  return out;
}

export function logLine(now: Date, level: LogLevel, event: string, error?: unknown, fields?: LogFields): string {
  return JSON.stringify({
    at: now.toISOString(),
    level,
    event: SAFE_TEXT.test(event) ? event : '(withheld)',
    ...safeFields(fields),
    ...(error === undefined ? {} : describeError(error)),
  });
}

export interface FileLogOptions {
  maxBytes?: number;
  files?: number;
  now?: () => Date;
}

/** A rotating log file in `dir` (made if missing, readable by its owner only). */
export function fileLog(dir: string, opts: FileLogOptions = {}): SupportLog & { file: string } {
  const maxBytes = opts.maxBytes ?? 1024 * 1024;
  const files = Math.max(1, opts.files ?? 5);
  const now = opts.now ?? (() => new Date());
  const file = join(dir, 'qaygi.log');
  const nth = (i: number) => (i === 0 ? file : join(dir, `qaygi.${i}.log`));
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const rotate = () => {
    rmSync(nth(files - 1), { force: true });
    for (let i = files - 2; i >= 0; i--) if (existsSync(nth(i))) renameSync(nth(i), nth(i + 1));
  };
  return {
    file,
    write(level, event, error, fields) {
      const line = `${logLine(now(), level, event, error, fields)}\n`;
      try {
        if (existsSync(file) && statSync(file).size + Buffer.byteLength(line) > maxBytes) rotate();
        appendFileSync(file, line, { mode: 0o600 });
      } catch {
        // A log that cannot be written must never stop the app.
      }
    },
  };
}

/** Until a host sets a file, lines go to stderr in the same safe form. */
const stderrLog: SupportLog = {
  write: (level, event, error, fields) => process.stderr.write(`[qaygi] ${logLine(new Date(), level, event, error, fields)}\n`),
};

let current: SupportLog = stderrLog;

export function setSupportLog(log: SupportLog | null): void {
  current = log ?? stderrLog;
}

export const supportLog = {
  info: (event: string, fields?: LogFields) => current.write('info', event, undefined, fields),
  warn: (event: string, error?: unknown, fields?: LogFields) => current.write('warn', event, error, fields),
  error: (event: string, error?: unknown, fields?: LogFields) => current.write('error', event, error, fields),
};
