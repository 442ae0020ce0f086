// What the figures were measured on: recorded next to every result.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  nproc: number;
  memoryGiB: number;
  node: string;
  java: string | null;
  loadAverage: string;
}

function javaVersion(): string | null {
  try {
    // `java -version` writes to stderr.
    return execFileSync('sh', ['-c', 'java -version 2>&1 | head -1'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function machineInfo(): MachineInfo {
  let load = '';
  try {
    load = execFileSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).split(' ').slice(0, 3).join(' ');
  } catch {
    load = 'unknown';
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    java: javaVersion(),
    loadAverage: load,
  };
}

/** The commit measured, with "+dirty" when src/ has uncommitted changes (others work here too). */
export function gitHead(): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'cypher'], {
      encoding: 'utf8',
    }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}

/**
 * CPU time (user + system, seconds) a process has used, from /proc/<pid>/stat (Linux, whose
 * clock ticks are 1/100 s); null where that cannot be read.
 */
export function processCpuSeconds(pid: number | string): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}
