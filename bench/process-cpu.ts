/**
 * CPU time of a process tree, from Linux's /proc: where a benchmark's time
 * goes, process by process (DynamoDB Local's JVM, the local server's Node).
 * Elsewhere it measures nothing (null), and the report says so.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc counts CPU time in ticks of 1/100 s on every common architecture. */
const TICKS_PER_SECOND = 100;

interface Stat {
  pid: number;
  ppid: number;
  command: string;
  cpuSeconds: number;
}

function stats(): Stat[] {
  const found: Stat[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const text = readFileSync(`/proc/${name}/stat`, 'utf8');
      // `pid (command) state ppid ...`: the command may hold spaces and parentheses, so split after its last ')'.
      const close = text.lastIndexOf(')');
      const fields = text.slice(close + 2).split(' ');
      found.push({
        pid: Number(name),
        ppid: Number(fields[1]),
        command: text.slice(text.indexOf('(') + 1, close),
        cpuSeconds: (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND,
      });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return found;
}

/** CPU seconds used so far by `root` and its descendants, summed by command name (`java`, `node`, ...); null off Linux. */
export function treeCpu(root: number): Record<string, number> | null {
  let all: Stat[];
  try {
    all = stats();
  } catch {
    return null;
  }
  const inTree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const stat of all) {
      if (!inTree.has(stat.pid) && inTree.has(stat.ppid)) {
        inTree.add(stat.pid);
        grew = true;
      }
    }
  }
  const byCommand: Record<string, number> = {};
  for (const stat of all)
    if (inTree.has(stat.pid)) byCommand[stat.command] = (byCommand[stat.command] ?? 0) + stat.cpuSeconds;
  return byCommand;
}
