// The extraction pipeline: small named components run in order over one Doc. Add, remove or
// replace components by name (e.g. the statistical NER of issue 4 as "candidates").
import type { RawArticle } from '../ingest/types.ts';
import type { ArticleExtraction } from './contract.ts';
import { createDoc, type Doc } from './document.ts';
import { corefComponent } from './entities/coref.ts';
import { discoveryComponent } from './entities/discovery.ts';
import { buildGazetteer, gazetteerComponent } from './entities/gazetteer.ts';
import { addMention, ensureDiscoveredEntity } from './entities/registry.ts';
import { rolesComponent } from './entities/roles.ts';
import { eventsComponent } from './events.ts';
import { nerFusionByDefault, nerFusionComponent } from './ner-candidates.ts';
import { relationsComponent } from './relations.ts';
import { type Resources, resources } from './resources.ts';
import { toContract } from './serialise.ts';
import { statementsComponent } from './statements.ts';

export interface Component {
  name: string;
  run: (doc: Doc) => void;
}

/** A recogniser that proposes entity spans (character offsets into doc.text). */
export type CandidateRecogniser = (doc: Doc) => Doc['candidates'];

/**
 * Turns externally proposed spans into mentions where no lexicon or pattern mention exists.
 * Without a recogniser it does nothing: this is the slot for the NER tagger.
 */
export function candidatesComponent(recogniser?: CandidateRecogniser) {
  return (doc: Doc): void => {
    if (!recogniser) return;
    doc.candidates = recogniser(doc);
    for (const c of doc.candidates) {
      const first = doc.tokens.findIndex((t) => t.end > c.start);
      let last = first;
      while (last < doc.tokens.length && doc.tokens[last]!.start < c.end) last++;
      if (first < 0 || last <= first) continue;
      const e = ensureDiscoveredEntity(doc, c.type, doc.text.slice(c.start, c.end));
      addMention(doc, e, first, last, c.start, c.end, 'candidate');
    }
  };
}

/**
 * The components in order. The "candidates" slot holds, by default, the NER tagger fused with the
 * lexicon and patterns (ner-candidates.ts), unless AKHBAR_NER=0 or no model file is shipped. Pass
 * a recogniser to use it instead, or null for no candidates at all (the lexicon-and-patterns baseline).
 */
export function defaultComponents(
  res: Resources = resources(),
  recogniser?: CandidateRecogniser | null,
): Component[] {
  const gaz = buildGazetteer(res);
  const candidates =
    recogniser === undefined
      ? (nerFusionByDefault() && nerFusionComponent(res)) || candidatesComponent()
      : candidatesComponent(recogniser ?? undefined);
  return [
    { name: 'gazetteer', run: gazetteerComponent(gaz) },
    { name: 'discovery', run: discoveryComponent(res) },
    { name: 'candidates', run: candidates },
    { name: 'roles', run: rolesComponent(res) },
    { name: 'coref', run: corefComponent(res) },
    { name: 'statements', run: statementsComponent(res) },
    { name: 'events', run: eventsComponent(res) },
    { name: 'relations', run: relationsComponent(res) },
  ];
}

export class Pipeline {
  constructor(readonly components: Component[] = defaultComponents()) {}

  /** The component names in run order. */
  get names(): string[] {
    return this.components.map((c) => c.name);
  }

  process(article: RawArticle): Doc {
    const doc = createDoc(article);
    for (const c of this.components) c.run(doc);
    return doc;
  }

  extract(article: RawArticle): ArticleExtraction {
    return toContract(this.process(article));
  }
}

let shared: Pipeline | null = null;

/** Extracts one article with the default pipeline (built once per process). */
export function extractArticle(article: RawArticle): ArticleExtraction {
  shared ??= new Pipeline();
  return shared.extract(article);
}
