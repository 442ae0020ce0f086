// `akhbar extract <path...> --format json|text`: reads articles, prints the CONTRACT array (json)
// or a readable summary (text). Unreadable files are reported on stderr; the rest still print.
import type { Command } from 'commander';
import type { ArticleExtraction } from '../../extract/contract.ts';
import { defaultComponents, extractArticle, Pipeline } from '../../extract/pipeline.ts';
import { type RawArticle, readArticles } from '../../ingest/index.ts';

/**
 * The default pipeline (NER fusion on unless AKHBAR_NER=0), or one with fusion forced on (--ner) or
 * off (--no-ner, the lexicon-and-patterns baseline).
 */
async function chooseExtractor(ner: boolean | undefined): Promise<(a: RawArticle) => ArticleExtraction> {
  if (ner === undefined) return extractArticle;
  const baseline = defaultComponents(undefined, null);
  if (!ner) {
    const pipeline = new Pipeline(baseline);
    return (a) => pipeline.extract(a);
  }
  const { nerFusionComponent } = await import('../../extract/ner-candidates.ts');
  const fusion = nerFusionComponent();
  if (!fusion) throw new Error('--ner: no NER model file (models/ner-anercorp.bin)');
  const pipeline = new Pipeline(
    baseline.map((c) => (c.name === 'candidates' ? { name: c.name, run: fusion } : c)),
  );
  return (a) => pipeline.extract(a);
}

export async function extractPaths(
  paths: string[],
  onError: (message: string) => void,
  options: { ner?: boolean } = {},
): Promise<ArticleExtraction[]> {
  const extract = await chooseExtractor(options.ner);
  const out: ArticleExtraction[] = [];
  for await (const r of readArticles(paths)) {
    if (r.ok) out.push(extract(r.article));
    else onError(r.message);
  }
  return out;
}

export function formatText(results: ArticleExtraction[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const name = new Map(r.entities.map((e) => [e.id, e.name]));
    const n = (id: string | null) => (id ? (name.get(id) ?? id) : '?');
    lines.push(`# ${r.article.title}`);
    lines.push(`  entities (${r.entities.length}):`);
    for (const e of r.entities)
      lines.push(`    ${e.type.padEnd(8)} ${e.name}  [${e.id}]  ×${e.mentions.length}`);
    lines.push(`  statements (${r.statements.length}):`);
    for (const s of r.statements) {
      const who = s.speaker.entityId
        ? n(s.speaker.entityId)
        : `${s.speaker.description ?? '?'} (${n(s.speaker.affiliationId)})`;
      lines.push(`    ${s.kind.padEnd(9)} ${who}${s.via ? ` via ${n(s.via)}` : ''}: ${s.quote.slice(0, 90)}`);
    }
    lines.push(`  events (${r.events.length}):`);
    for (const e of r.events) {
      const who = e.participants.map((p) => n(p.entityId)).join('، ');
      const extra = [
        e.date,
        e.locationId && n(e.locationId),
        e.killed !== null && `killed ${e.killed}`,
      ].filter(Boolean);
      lines.push(
        `    ${e.type.padEnd(17)} ${e.trigger} — ${who}${extra.length ? ` (${extra.join(', ')})` : ''}`,
      );
    }
    lines.push(`  relations (${r.relations.length}):`);
    for (const rel of r.relations) lines.push(`    ${n(rel.from)} ${rel.type} ${n(rel.to)}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract entities, statements, events and relations from article files or directories')
    .argument('<paths...>', 'files (.txt page format or one article, .jsonl) or directories')
    .option('--format <format>', 'json (the CONTRACT array) or text', 'json')
    .option('--ner', 'fuse names found by the statistical NER tagger (the default unless AKHBAR_NER=0)')
    .option('--no-ner', 'lexicon and patterns only, without the NER tagger')
    .action(async (paths: string[], opts: { format: string; ner?: boolean }) => {
      if (opts.format !== 'json' && opts.format !== 'text') throw new Error(`unknown format: ${opts.format}`);
      let failed = 0;
      const results = await extractPaths(
        paths,
        (message) => {
          failed++;
          console.error(`akhbar extract: ${message}`);
        },
        opts.ner === undefined ? {} : { ner: opts.ner },
      );
      process.stdout.write(
        opts.format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : formatText(results),
      );
      if (failed && results.length === 0) process.exitCode = 1;
    });
}
