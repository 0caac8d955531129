/**
 * What a piece of code allocates, by V8's sampling heap profiler (through the
 * inspector, in this process), counting the objects garbage collection has
 * already freed as well: the bytes behind the young-generation collections
 * that make most in-process p99s.
 */
import type { HeapProfiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';

export interface Allocations {
  /** Sampled bytes per call, KB. */
  kbPerCall: number;
  /** The biggest allocators by package (node_modules) or source file, KB per call. */
  biggest: { source: string; kbPerCall: number }[];
}

interface ProfileNode {
  callFrame: { url: string };
  selfSize: number;
  children: ProfileNode[];
}

const SAMPLING_INTERVAL_BYTES = 512;

/** Where a frame's code lives: the package under node_modules, else the file relative to the project. */
function sourceOf(url: string): string {
  const inPackage = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  return url.replace(/^file:\/\//, '').replace(/^.*?\/(bench|functions|shared|local)\//, '$1/');
}

export async function allocationsOf(calls: number, run: () => Promise<void>, top = 8): Promise<Allocations> {
  const session = new Session();
  session.connect();
  try {
    // Both include flags are V8's; @types/node does not list them yet.
    const sampling: HeapProfiler.StartSamplingParameterType & Record<string, unknown> = {
      samplingInterval: SAMPLING_INTERVAL_BYTES,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    };
    await session.post('HeapProfiler.startSampling', sampling);
    await run();
    const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: ProfileNode } };
    const bySource = new Map<string, number>();
    // A builtin (Object.entries, JSON.stringify, ...) allocates on behalf of the code that called it.
    const walk = (node: ProfileNode, caller: string) => {
      const source = node.callFrame.url === '' ? caller : sourceOf(node.callFrame.url);
      bySource.set(source, (bySource.get(source) ?? 0) + node.selfSize);
      for (const child of node.children) walk(child, source);
    };
    walk(profile.head, '(V8)');
    const kb = (bytes: number) => Math.round((bytes / calls / 1024) * 10) / 10;
    const total = [...bySource.values()].reduce((sum, bytes) => sum + bytes, 0);
    return {
      kbPerCall: kb(total),
      biggest: [...bySource]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([source, bytes]) => ({ source, kbPerCall: kb(bytes) })),
    };
  } finally {
    session.disconnect();
  }
}
