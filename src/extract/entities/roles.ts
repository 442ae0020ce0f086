// Roles a title gives a person: "الرئيس الروسي فلاديمير بوتين" (title before the name) and
// "خليفة حفتر قائد الجيش الليبي" / "X، المتحدث باسم Y" (apposition after it). Roles feed
// relations (LEADER_OF, SPOKESPERSON_OF …) and role anaphora ("الرئيس الموريتاني" later on).
import type { RelationType } from '../contract.ts';
import { type Doc, gapBefore } from '../document.ts';
import type { Resources } from '../resources.ts';
import { stems } from '../words.ts';
import { parseTitle } from './discovery.ts';

export function relationForTitle(res: Resources, title: string): RelationType | null {
  const head = title.split(' ')[0]!;
  const has = (set: Set<string>) => set.has(title) || set.has(head);
  if (has(res.titles.spokesperson)) return 'SPOKESPERSON_OF';
  if (has(res.titles.founder)) return 'FOUNDER_OF';
  if (has(res.titles.deputy)) return 'DEPUTY_OF';
  if (has(res.titles.leader)) return 'LEADER_OF';
  if (has(res.titles.member)) return 'MEMBER_OF';
  return null;
}

export function rolesComponent(res: Resources) {
  return (doc: Doc): void => {
    for (const m of doc.mentions) {
      const person = doc.entities.get(m.entityId);
      if (person?.type !== 'Person' || m.source === 'coref') continue;
      const sentence = doc.tokenSentence[m.tokenStart] ?? 0;
      // Title before the name, possibly separated by a comma.
      for (let i = m.tokenStart - 1; i >= Math.max(0, m.tokenStart - 9); i--) {
        if (doc.tokenSentence[i] !== sentence) break;
        const tp = parseTitle(doc, res, i);
        if (!tp || tp.end !== m.tokenStart) continue;
        const gap = gapBefore(doc, m.tokenStart).trim();
        if (gap !== '' && gap !== '،' && gap !== ',') continue;
        // "قائد الجيش الليبي، وصقر الجروشي": a coordinated name does not take the previous apposition.
        if (gap !== '' && /^[وف]/.test(doc.tokens[m.tokenStart]!.norm)) break;
        person.roles.push({
          title: tp.title,
          relation: relationForTitle(res, tp.title),
          targetId: tp.targetId,
          sentence,
        });
        break;
      }
      // Apposition after the name.
      let k = m.tokenEnd;
      // "وموسي راز، وهو مشرع من حزب ميريتس": skip the pronoun of a descriptive clause.
      if (['وهو', 'وهي'].includes(doc.tokens[k]?.norm ?? '') && gapBefore(doc, k).trim() === '،') k++;
      if (k < doc.tokens.length && doc.tokenSentence[k] === sentence) {
        // A closing quote may sit between the name and its apposition: "مارتن كوبلر" مبعوث …
        const gap = gapBefore(doc, k).replace(/["»”]/g, '').trim();
        if (gap === '' || gap === '،' || gap === ',') {
          const tp = parseTitle(doc, res, k);
          // "أنجيلا ميركل والرئيس الفرنسي": a conjoined title belongs to the next person.
          const t = doc.tokens[k]!;
          const conjoined = /^[وف]/.test(t.norm) && stems(t)[0] === t.norm && !res.titles.person.has(t.norm);
          if (tp?.targetId && tp.targetId !== person.id && !conjoined) {
            person.roles.push({
              title: tp.title,
              relation: relationForTitle(res, tp.title),
              targetId: tp.targetId,
              sentence,
            });
          }
        }
      }
    }
  };
}
