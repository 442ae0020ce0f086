import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { wordLists } from '../../../src/extract/resources.ts';

// The small word lists of src/extract live in data/triggers/*.json (name-parts, name-context,
// statement-words, relation-words, function-words); wordLists() reads them once per process.

const TRIGGERS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../data/triggers');
const FILES = ['name-parts', 'name-context', 'statement-words', 'relation-words', 'function-words'];

describe('word-list data files', () => {
  it('load once, with every list the modules read non-empty', () => {
    const w = wordLists();
    expect(wordLists()).toBe(w);
    for (const group of Object.values(w))
      for (const list of Object.values(group))
        for (const words of Object.values(list)) {
          expect(words.length).toBeGreaterThan(0);
          for (const x of words) expect(x).toMatch(/^[\u0621-\u064A]+$/u);
        }
  });

  it('say what every list is for', () => {
    for (const f of FILES) {
      const data = JSON.parse(readFileSync(join(TRIGGERS, `${f}.json`), 'utf8')) as Record<string, unknown>;
      expect(typeof data.about, f).toBe('string');
      for (const [name, list] of Object.entries(data)) {
        if (name === 'about') continue;
        expect(typeof (list as { about?: unknown }).about, `${f}: ${name}`).toBe('string');
      }
    }
  });

  it('hold the lists the modules had in code', () => {
    const w = wordLists();
    expect(w.statements.relay.words).toEqual(['عن', 'قول', 'تصريحات']);
    expect(w.statements.contrastive.words).toEqual(['فيما', 'بينما', 'وبينما']);
    expect(w.statements.skippable.words).toContain('الاربعاء');
    expect(w.relations.borderVerbs.words).toContain('المتاخمه');
    expect(w.nameContext.titleLinks.words).toEqual(['باسم', 'لدي', 'في', 'الي', 'عن', 'ل', 'لدى', 'من']);
    expect(w.functionWords.alefMaqsura.words).toEqual(['على', 'إلى', 'حتى', 'لدى', 'سوى', 'متى']);
    expect(w.functionWords.functionWords.words).toHaveLength(154);
  });

  it('keep the modules’ variants apart, as they differed in code', () => {
    const { connectors, nameTails, tooCommonGivenNames } = wordLists().names;
    const only = (a: readonly string[], b: readonly string[]) => a.filter((x) => !b.includes(x));
    expect(only(connectors.discovery, connectors.nerCandidates)).toEqual(['اغا']);
    expect(only(connectors.nerCandidates, connectors.discovery)).toEqual(['ال']);
    expect(only(nameTails.discovery, nameTails.nerCandidates)).toEqual(['خان']);
    expect(only(nameTails.nerCandidates, nameTails.discovery)).toEqual([]);
    expect(only(tooCommonGivenNames.nerCandidates, tooCommonGivenNames.coref)).toEqual(['محمود']);
  });
});
