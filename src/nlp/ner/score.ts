// Entity-level scoring with exact span match, micro-averaged, as seqeval's default mode computes it.

import { bioToSpans } from './labels.ts';

export interface Prf {
  p: number;
  r: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface EntityScore extends Prf {
  perClass: Record<string, Prf>;
}

function prf(tp: number, fp: number, fn: number): Prf {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, fp, fn };
}

/**
 * Scores predicted against gold tag sequences. `ignore` lists classes dropped from both sides
 * (AQMAR has no comparable MISC).
 */
export function scoreEntities(
  gold: readonly (readonly string[])[],
  pred: readonly (readonly string[])[],
  ignore: readonly string[] = [],
): EntityScore {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const c = (label: string) => {
    let x = counts.get(label);
    if (!x) {
      x = { tp: 0, fp: 0, fn: 0 };
      counts.set(label, x);
    }
    return x;
  };
  for (let s = 0; s < gold.length; s++) {
    const g = bioToSpans(gold[s]!).filter((x) => !ignore.includes(x.label));
    const p = bioToSpans(pred[s] ?? []).filter((x) => !ignore.includes(x.label));
    const gk = new Set(g.map((x) => `${x.start}:${x.end}:${x.label}`));
    const pk = new Set(p.map((x) => `${x.start}:${x.end}:${x.label}`));
    for (const x of g) c(x.label)[pk.has(`${x.start}:${x.end}:${x.label}`) ? 'tp' : 'fn']++;
    for (const x of p) if (!gk.has(`${x.start}:${x.end}:${x.label}`)) c(x.label).fp++;
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const perClass: Record<string, Prf> = {};
  for (const label of [...counts.keys()].sort()) {
    const x = counts.get(label)!;
    perClass[label] = prf(x.tp, x.fp, x.fn);
    tp += x.tp;
    fp += x.fp;
    fn += x.fn;
  }
  return { ...prf(tp, fp, fn), perClass };
}
