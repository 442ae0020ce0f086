// Lexicon matching: a trie over normalised token sequences of every name, alias and nisba form.
// The first token of a match may carry proclitics (و ف ب ل ك، لل), which the mention excludes.
import { matchKey } from '../../nlp/normalise.ts';
import { cliticReadings, tokenise } from '../../nlp/tokens.ts';
import type { Doc } from '../document.ts';
import type { LexiconEntry, Resources } from '../resources.ts';
import { addMention, ensureLexiconEntity } from './registry.ts';

interface TrieNode {
  next: Map<string, TrieNode>;
  entry?: LexiconEntry;
  nisba?: boolean;
}

export interface Gazetteer {
  root: TrieNode;
}

function keyTokens(s: string): string[] {
  return tokenise(matchKey(s)).map((t) => t.norm);
}

// Entity types ordered so that, when two entries share a form, the more specific one keeps it.
const PRIORITY: Record<string, number> = { Person: 0, Group: 1, Place: 2, Country: 3 };

export function buildGazetteer(res: Resources): Gazetteer {
  const root: TrieNode = { next: new Map() };
  const insert = (form: string, entry: LexiconEntry, nisba: boolean) => {
    const toks = keyTokens(form);
    if (toks.length === 0) return;
    let node = root;
    for (const t of toks) {
      let n = node.next.get(t);
      if (!n) {
        n = { next: new Map() };
        node.next.set(t, n);
      }
      node = n;
    }
    // Names beat nisba forms; among names the first entry (curated files first) keeps the form.
    if (!node.entry || (node.nisba && !nisba)) {
      node.entry = entry;
      node.nisba = nisba;
    }
  };
  const entries = [...res.lexicon].sort((a, b) => (PRIORITY[a.type] ?? 9) - (PRIORITY[b.type] ?? 9));
  for (const e of entries) {
    for (const f of [e.name, ...e.aliases]) insert(f, e, false);
  }
  for (const e of entries)
    for (const f of e.nisba ?? []) {
      insert(f, e, true);
      // "11 جنديا باكستانيا": the indefinite accusative writes an alif after the masculine nisba
      // (names keep their forms: "سوريا" stays the country's name, not "Syrian").
      if (!/^ال/.test(f) && /[يى]$/.test(f)) insert(`${f}ا`, e, true);
    }
  return { root };
}

interface Match {
  entry: LexiconEntry;
  nisba: boolean;
  length: number;
  start: number;
}

/** Longest lexicon match starting at token i, over all proclitic readings of token i. */
export function matchAt(doc: Doc, gaz: Gazetteer, i: number): Match | null {
  const first = doc.tokens[i];
  if (!first) return null;
  let best: Match | null = null;
  for (const reading of cliticReadings(first)) {
    // The definite article is part of names ("الكرملين"): never strip it for lexicon lookup.
    if (reading.prefixes.includes('ال') && !reading.keepsArticle) continue;
    let node = gaz.root.next.get(reading.stem);
    let j = i + 1;
    let found: Match | null = node?.entry
      ? { entry: node.entry, nisba: !!node.nisba, length: 1, start: reading.start }
      : null;
    while (node && j < doc.tokens.length) {
      const gap = doc.text.slice(doc.tokens[j - 1]!.end, doc.tokens[j]!.start);
      // Names run across spaces, hyphens and the dots of abbreviations, not across clauses.
      if (!/^[\s\-.«»"]*$/.test(gap) || gap.includes('\n')) break;
      node = node.next.get(doc.tokens[j]!.norm);
      j++;
      if (node?.entry)
        found = { entry: node.entry, nisba: !!node.nisba, length: j - i, start: reading.start };
    }
    if (found && (!best || found.length > best.length)) best = found;
  }
  return best;
}

/** Pipeline component: marks every lexicon name in the document. */
export function gazetteerComponent(gaz: Gazetteer) {
  return (doc: Doc): void => {
    for (let i = 0; i < doc.tokens.length; i++) {
      if (doc.tokenMention[i]) continue;
      const m = matchAt(doc, gaz, i);
      if (!m) continue;
      const end = doc.tokens[i + m.length - 1]!.end;
      // A photo credit closing a caption ("… (إ.ب.أ)") is page furniture, not a mention.
      if (doc.text[m.start - 1] === '(' && /^\.?\)[ \t]*(\n|$)/.test(doc.text.slice(end, end + 4))) {
        i += m.length - 1;
        continue;
      }
      // "المدرب البرتغالي جورجي جيسوس": an indefinite adjective cannot follow a definite word, so an
      // indefinite nisba there is a given name (Jorge), not "Georgian".
      const t = doc.tokens[i]!;
      const prev = doc.tokens[i - 1];
      if (
        m.nisba &&
        m.length === 1 &&
        !/^(ال|وال)/.test(t.norm) &&
        prev?.norm.startsWith('ال') &&
        doc.text.slice(prev.end, t.start).trim() === ''
      )
        continue;
      const entity = ensureLexiconEntity(doc, m.entry);
      addMention(doc, entity, i, i + m.length, m.start, end, m.nisba ? 'nisba' : 'lexicon');
      i += m.length - 1;
    }
  };
}
