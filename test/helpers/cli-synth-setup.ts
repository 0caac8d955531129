import { rmSync } from 'node:fs';
import { SYNTH_ROOT } from './cli-synth.js';

/** Every run synthesizes afresh: assemblies of an earlier run may be of other sources. */
export default function setup(): void {
  rmSync(SYNTH_ROOT, { recursive: true, force: true });
}
