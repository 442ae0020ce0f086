// `npm run bench`: every benchmark part, one after another (they share the machine, so never in
// parallel), each in its own process:
//   extract  bench/extract.ts    one-core extraction throughput          -> bench/results/extract.json
//   ner      bench/ner.ts        NER tokens/s (stdout)
//   load     bench/load.ts       loader vs raw UNWIND write, 1k/10k       -> bench/results/load.json
//   api      bench/api/run.ts    five operations x three servers         -> bench/results/api.json
// `npm run bench -- --json` also gathers everything into bench/results.json with the machine info.
//
//   npm run bench -- [--json] [--only extract,ner,load,api] [--load-sizes 1000,10000] [--load-e2e-sizes 1000]
//                    [--api-articles 1000,100000] [--duration 10] [--connections 10]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gitHead, machineInfo } from './lib/machine.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = ['extract', 'ner', 'load', 'api'] as const;
type Part = (typeof PARTS)[number];

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    only: { type: 'string' },
    'load-sizes': { type: 'string', default: '1000,10000' },
    /** Sizes at which bench/load.ts also times `akhbar load` end to end (it extracts every article). */
    'load-e2e-sizes': { type: 'string', default: '1000' },
    'api-articles': { type: 'string', default: '1000,100000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
});

const wanted = (values.only ? values.only.split(',') : [...PARTS]) as Part[];
for (const p of wanted)
  if (!PARTS.includes(p)) throw new Error(`unknown part "${p}" (parts: ${PARTS.join(', ')})`);

const args: Record<Part, string[]> = {
  extract: ['bench/extract.ts'],
  ner: ['bench/ner.ts'],
  load: ['bench/load.ts', '--sizes', values['load-sizes'], '--e2e-sizes', values['load-e2e-sizes']],
  api: [
    'bench/api/run.ts',
    '--articles',
    values['api-articles'],
    '--duration',
    values.duration,
    '--connections',
    values.connections,
  ],
};

interface PartRun {
  part: Part;
  command: string;
  ok: boolean;
  seconds: number;
  /** What the part printed (NER writes no JSON file; its figures are read from here). */
  output: string;
  missing?: string;
}

const runs: PartRun[] = [];
for (const part of wanted) {
  const [script, ...rest] = args[part];
  const command = `tsx ${[script, ...rest].join(' ')}`;
  if (!existsSync(join(repo, script!))) {
    console.log(`\n== ${part}: ${script} does not exist yet, skipped`);
    runs.push({ part, command, ok: false, seconds: 0, output: '', missing: script! });
    continue;
  }
  console.log(`\n== ${part}: ${command}`);
  const t0 = performance.now();
  // Output is teed: shown live would need a pipe per stream; the parts print little, so it is
  // captured and echoed, and kept for the JSON summary.
  const r = spawnSync(process.execPath, ['--import', 'tsx', script!, ...rest], {
    cwd: repo,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = r.stdout ?? '';
  process.stdout.write(output);
  runs.push({
    part,
    command,
    ok: r.status === 0,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    output,
  });
  if (r.status !== 0) console.log(`== ${part} failed (exit ${r.status})`);
}

function readJson(file: string): unknown {
  const path = join(repo, 'bench/results', file);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** "tag() per sentence: 123,456 tokens/s" lines of bench/ner.ts. */
function nerFigures(output: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const m = /^(.+?):\s+([\d,]+) tokens\/s/.exec(line.trim());
    if (m) out[m[1]!.trim()] = Number(m[2]!.replaceAll(',', ''));
  }
  return out;
}

interface LoadFile {
  results: { articles: number }[];
  [key: string]: unknown;
}

/** bench/load.ts rewrites load.json with the sizes of its run; sizes measured earlier are kept. */
function mergeLoad(previous: LoadFile | null, latest: LoadFile | null): LoadFile | null {
  if (!latest) return previous;
  const bySize = new Map((previous?.results ?? []).map((r) => [r.articles, r]));
  for (const r of latest.results) bySize.set(r.articles, r);
  return { ...latest, results: [...bySize.values()].sort((a, b) => a.articles - b.articles) };
}

if (values.json) {
  // Parts not run this time keep what the last --json run recorded (NER writes no file of its own).
  const previousPath = join(repo, 'bench/results.json');
  const previous = existsSync(previousPath)
    ? (JSON.parse(readFileSync(previousPath, 'utf8')) as {
        ner?: unknown;
        parts?: { part: string }[];
        load?: LoadFile | null;
      })
    : {};
  const ner = runs.find((r) => r.part === 'ner');
  const summary = {
    date: new Date().toISOString(),
    machine: machineInfo(),
    commit: gitHead(),
    // One entry per part: this run's, or the last run's for parts not run now.
    parts: [
      ...(previous.parts ?? []).filter((p) => !runs.some((r) => r.part === p.part)),
      ...runs.map(({ part, command, ok, seconds, missing }) => ({
        part,
        command,
        ok,
        seconds,
        missing,
        date: new Date().toISOString(),
      })),
    ],
    extract: readJson('extract.json'),
    ner: ner
      ? { tokensPerSecond: nerFigures(ner.output), output: ner.output.trim().split('\n') }
      : (previous.ner ?? null),
    load: mergeLoad(previous.load ?? null, readJson('load.json') as LoadFile | null),
    api: readJson('api.json'),
  };
  writeFileSync(join(repo, 'bench/results.json'), `${JSON.stringify(summary, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}
process.exit(runs.every((r) => r.ok) ? 0 : 1);
