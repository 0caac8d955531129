import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One paragraph of a page's `sh` block: the comment above its commands says what they show. */
export interface DocStep {
  page: string;
  says: string;
  commands: string[];
}

/** What one curl of a step answered. */
export interface CurlAnswer {
  status: number;
  headers: Record<string, string>;
  body: any;
}

/** The paragraphs of a page's ```sh blocks, in order (other languages are not commands to run). */
export function docSteps(page: string, markdown: string): DocStep[] {
  const steps: DocStep[] = [];
  for (const block of markdown.matchAll(/^```sh\n([\s\S]*?)^```$/gm)) {
    for (const paragraph of block[1]!.split(/\n\s*\n/)) {
      const lines = paragraph.split('\n').filter((line) => line.trim() !== '');
      if (lines.length === 0) continue;
      const comments = lines.filter((line) => line.trimStart().startsWith('#'));
      const commands = lines.filter((line) => !line.trimStart().startsWith('#'));
      steps.push({ page, says: comments.map((line) => line.replace(/^\s*#\s?/, '')).join(' '), commands });
    }
  }
  return steps;
}

/** `npm start` in the background, as a second terminal would run it; its printed lines, its port. */
export class StartedServer {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
  }

  /** Runs `command` (a line of the page naming `npm start`) in the repository on a free port, until it prints `ready`. */
  static async start(command: string, cwd: string, ready: (output: string) => boolean): Promise<StartedServer> {
    const child = spawn('bash', ['-c', command], {
      cwd,
      env: { ...process.env, PORT: '0' },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = new StartedServer(child);
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (ready(server.output)) return resolve();
        if (child.exitCode !== null)
          return reject(new Error(`\`${command}\` exited ${child.exitCode}:\n${server.output}`));
        setTimeout(check, 100);
      };
      check();
    });
    return server;
  }

  get printed(): string {
    return this.output;
  }

  get port(): number {
    const match = /jifen is listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(this.output);
    if (!match) throw new Error(`no port in:\n${this.output}`);
    return Number(match[1]);
  }

  /** Ctrl-C for the whole process group: npm, the server and its DynamoDB Local. */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.pid === undefined) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    process.kill(-this.child.pid, 'SIGINT');
    await exited;
  }
}

/**
 * One bash session that lives across steps: the variables a step sets are kept for the next, and
 * every curl is recorded (status, headers, body) while printing what it prints. `localhost:3000`
 * reaches the started server through curl's own `--connect-to`, so the commands run as written.
 */
export class ShellSession {
  private readonly dir = mkdtempSync(join(tmpdir(), 'jifen-doc-commands-'));
  private readonly baseline: string;
  private stepNumber = 0;

  constructor(private readonly cwd: string) {
    const probe = spawnSync('bash', ['-c', 'compgen -v'], {
      cwd,
      env: this.env({ LOG: '', STEP: '', SERVER_PORT: '' }),
      encoding: 'utf8',
    });
    this.baseline = probe.stdout.split('\n').join(' ');
    writeFileSync(join(this.dir, 'count'), '0');
    writeFileSync(join(this.dir, 'state'), '');
    writeFileSync(
      join(this.dir, 'curl.sh'),
      [
        'curl() {',
        '  local n out rc=0',
        '  n=$(( $(cat "$LOG/count") + 1 )); echo "$n" > "$LOG/count"',
        '  out=$(command curl --connect-to localhost:3000:127.0.0.1:$SERVER_PORT --connect-to 127.0.0.1:3000:127.0.0.1:$SERVER_PORT \\',
        '    -D "$LOG/call.$STEP.$n.headers" "$@") || rc=$?',
        '  printf "%s" "$out" > "$LOG/call.$STEP.$n.body"',
        '  printf "%s\\n" "$out"',
        '  return $rc',
        '}',
      ].join('\n'),
    );
  }

  /** Runs a step's commands after the previous steps' variables; fails on the first failing command. */
  async run(commands: string[], serverPort: number): Promise<{ stdout: string; answers: CurlAnswer[] }> {
    const step = ++this.stepNumber;
    const script = [
      'set -eo pipefail',
      `source "${this.dir}/state"`,
      `source "${this.dir}/curl.sh"`,
      ...commands,
      `for __v in $(compgen -v); do case " ${this.baseline} " in *" $__v "*) ;; *) declare -p "$__v" ;; esac; done > "${this.dir}/state.next"`,
    ].join('\n');
    const result = await this.bash(script, { LOG: this.dir, STEP: String(step), SERVER_PORT: String(serverPort) });
    if (result.status !== 0) {
      throw new Error(
        `exit ${result.status} running:\n${commands.join('\n')}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`,
      );
    }
    writeFileSync(
      join(this.dir, 'state'),
      readFileSync(join(this.dir, 'state.next'), 'utf8').replace(/^declare -[a-zA-Z-]*r[a-zA-Z]* .*$/gm, ''),
    );
    return { stdout: result.stdout, answers: this.answersOf(step) };
  }

  close(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private answersOf(step: number): CurlAnswer[] {
    const calls = readdirSync(this.dir)
      .map((name) => /^call\.(\d+)\.(\d+)\.body$/.exec(name))
      .filter((match): match is RegExpExecArray => match !== null && Number(match[1]) === step)
      .map((match) => Number(match[2]))
      .sort((a, b) => a - b);
    return calls.map((n) => {
      const headerFile = join(this.dir, `call.${step}.${n}.headers`);
      const rawHeaders = existsSync(headerFile) ? readFileSync(headerFile, 'utf8') : '';
      const lastResponse =
        rawHeaders
          .trim()
          .split(/\r?\n\r?\n/)
          .pop() ?? '';
      const [statusLine = '', ...headerLines] = lastResponse.split(/\r?\n/);
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      let text = readFileSync(join(this.dir, `call.${step}.${n}.body`), 'utf8');
      // `curl -i` prints the headers before the body.
      if (text.startsWith('HTTP/'))
        text = text
          .split(/\r?\n\r?\n/)
          .slice(1)
          .join('\n\n');
      let body: unknown = text;
      try {
        body = JSON.parse(text);
      } catch {
        // Not JSON: the check sees the text.
      }
      return { status: Number(statusLine.split(' ')[1]), headers, body };
    });
  }

  private env(extra: Record<string, string>): NodeJS.ProcessEnv {
    return { ...process.env, ...extra };
  }

  /** Asynchronous, so the started server's output keeps being read while a step waits for it. */
  private bash(
    script: string,
    env: Record<string, string>,
  ): Promise<{ status: number | null; stdout: string; stderr: string }> {
    const child = spawn('bash', ['-c', script], {
      cwd: this.cwd,
      env: this.env(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (status) => resolve({ status, stdout, stderr }));
    });
  }
}
