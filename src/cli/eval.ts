// `npm run eval`: for every gold file in ../shared/eval/gold, extracts the articles it annotates
// and prints score.mjs's table. The shared folder can be moved with AKHBAR_SHARED.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPaths } from './commands/extract.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(process.env.AKHBAR_SHARED ?? join(repo, '../shared'));
const goldDir = join(shared, 'eval', 'gold');
const verbose = process.argv.includes('--verbose');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));

/** Every file under the shared folder by base name, to find the files a gold file names. */
function indexFiles(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'eval' && name !== 'ner') indexFiles(p, out);
    } else if (name.endsWith('.txt') || name.endsWith('.jsonl')) {
      if (!out.has(name)) out.set(name, p);
    }
  }
  return out;
}

const files = indexFiles(shared);
const work = mkdtempSync(join(tmpdir(), 'akhbar-eval-'));
const summaries: string[] = [];
for (const goldName of readdirSync(goldDir)
  .filter((f) => f.endsWith('.gold.json'))
  .sort()) {
  if (only.length && !only.some((o) => goldName.startsWith(o))) continue;
  const gold = JSON.parse(readFileSync(join(goldDir, goldName), 'utf8')) as { articles: { file?: string }[] };
  const wanted = [...new Set(gold.articles.map((a) => a.file).filter((f): f is string => !!f))];
  const paths = wanted.map((f) => files.get(f)).filter((p): p is string => !!p && existsSync(p));
  const results = await extractPaths(paths, (m) => console.error(`eval: ${m}`));
  const predPath = join(work, goldName.replace('.gold.json', '.pred.json'));
  writeFileSync(predPath, JSON.stringify(results));
  const args = [join(shared, 'eval', 'score.mjs'), '--gold', join(goldDir, goldName), '--pred', predPath];
  if (verbose) args.push('--verbose');
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  console.log(`\n===== ${goldName} (${results.length} articles; predictions: ${predPath}) =====`);
  process.stdout.write(run.stdout);
  if (run.stderr) process.stderr.write(run.stderr);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  summaries.push(`${goldName.padEnd(16)} ${last}`);
}
console.log('\n===== summary =====');
for (const s of summaries) console.log(s);
