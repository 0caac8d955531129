import { afterAll, beforeAll } from 'vitest';

type Write = typeof process.stdout.write;

/**
 * For a test file whose failures are the point (throttling, timeouts, a lost connection): the
 * handlers' logger (Powertools, JSON lines on stdout) still logs every 5xx as production does, but
 * the ERROR lines whose message the file expects are kept here instead of printed with their stack
 * traces. Any other line, an unexpected error included, is printed as usual.
 */
export function expectedErrorLogs(messages: string[]): {
  lines: () => { message: string; [field: string]: unknown }[];
} {
  const kept: { message: string }[] = [];
  const originals = new Map<NodeJS.WriteStream, Write>();

  beforeAll(() => {
    for (const stream of [process.stdout, process.stderr]) {
      const original = stream.write;
      originals.set(stream, original);
      stream.write = function write(this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
        const line = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString() : '';
        const logged = expectedLine(line, messages);
        if (logged) {
          kept.push(logged);
          return true;
        }
        return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as Write;
    }
  });

  afterAll(() => {
    for (const [stream, original] of originals) stream.write = original;
  });

  return { lines: () => kept };
}

function expectedLine(line: string, messages: string[]): { message: string } | undefined {
  if (!line.startsWith('{"level":"ERROR"')) return undefined;
  try {
    const logged = JSON.parse(line) as { message: string };
    return messages.includes(logged.message) ? logged : undefined;
  } catch {
    return undefined;
  }
}
