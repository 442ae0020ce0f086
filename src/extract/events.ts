// Events from trigger words (data/triggers/event-triggers.json): one candidate per sentence and
// type, with participants, place, date and fatalities; candidates that share a person are one
// real event reported several times, and are merged.
import { findDate } from '../nlp/dates.ts';
import { readCount } from '../nlp/numbers.ts';
import type { EventType, ParticipantRole } from './contract.ts';
import { type Doc, type DocEvent, type Participant, sentenceTokens } from './document.ts';
import type { Resources } from './resources.ts';
import { stems } from './words.ts';

interface Trigger {
  type: EventType;
  form: string;
  index: number;
  length: number;
  weak: boolean;
}

const triggerFirstWords = new WeakMap<Resources, Set<string>>();

function triggersIn(doc: Doc, res: Resources, a: number, b: number): Trigger[] {
  const out: Trigger[] = [];
  let firsts = triggerFirstWords.get(res);
  if (!firsts) {
    firsts = new Set([...res.triggers.keys()].map((x) => x.split(' ')[0]!));
    triggerFirstWords.set(res, firsts);
  }
  for (let i = a; i < b; i++) {
    if (!stems(doc.tokens[i]!).some((s) => firsts.has(s))) continue;
    const next = doc.tokens[i + 1]?.norm;
    if (next && stems(doc.tokens[i]!).some((s) => res.notEvents.has(`${s} ${next}`))) {
      i++;
      continue;
    }
    for (const len of [4, 3, 2, 1]) {
      if (i + len > b) continue;
      let hit: Trigger | null = null;
      for (const s of stems(doc.tokens[i]!)) {
        const key = [s, ...doc.tokens.slice(i + 1, i + len).map((t) => t.norm)].join(' ');
        const type = res.triggers.get(key);
        if (type) {
          hit = {
            type: type as EventType,
            form: key,
            index: i,
            length: len,
            weak: res.weakTriggers.has(key),
          };
          break;
        }
      }
      if (!hit && len === 1) {
        // "عملية الكرامة العسكرية": a trigger completed a few words later.
        const stem = stems(doc.tokens[i]!).find((x) => res.gappedTriggers.has(x));
        const g = stem ? res.gappedTriggers.get(stem)! : undefined;
        if (g && doc.tokens.slice(i + 1, Math.min(b, i + 1 + g.within)).some((x) => g.with.has(x.norm))) {
          hit = { type: g.type as EventType, form: stem!, index: i, length: 1, weak: false };
        }
      }
      // "الهيئة العليا المستقلة للانتخابات": the body "for the elections" is no election.
      const named = doc.tokenMention[i];
      if (hit?.type === 'Election' && named && named.tokenStart < i && /^لل/.test(doc.tokens[i]!.norm))
        hit = null;
      const descriptors = hit && res.triggerDescriptors.get(hit.type);
      // "مخيم أبو شوك للنازحين": the descriptor may come a name's length before the trigger;
      // "تم التوصل إلى اتفاق": a realiser before the descriptor says it happened after all.
      if (hit && descriptors) {
        for (let d = Math.max(a, i - 3); d < i; d++) {
          if (!stems(doc.tokens[d]!).some((w) => descriptors.has(w))) continue;
          if (!res.realisers.has(doc.tokens[d - 1]?.norm ?? '')) hit = null;
          break;
        }
      }
      if (hit) {
        // "لم نجر محادثات": a negated event did not happen.
        const negated = doc.tokens.slice(Math.max(a, i - 7), i).some((t) => res.negators.has(t.norm));
        if (!negated) out.push(hit);
        i += len - 1;
        break;
      }
    }
  }
  return out;
}

/** Fatalities: "مقتل اثنين من أفراد الأمن وخمسة سائقين" = 7; "مقتل أكثر من 70" = 70. */
function killedIn(doc: Doc, res: Resources, a: number, b: number): number | null {
  let total: number | null = null;
  // "سقوط ثلاثة قتلى": two fatality words around one count count it once.
  const used = new Set<number>();
  for (let i = a; i < b; i++) {
    if (!stems(doc.tokens[i]!).some((s) => res.killedNouns.has(s))) continue;
    let sum = 0;
    let seen = false;
    for (let k = i + 1; k < Math.min(b, i + 12); k++) {
      if (stems(doc.tokens[k]!).some((x) => res.injuryWords.has(x))) break;
      if (used.has(k)) continue;
      const words = doc.tokens.slice(k, k + 2).map((t) => t.norm);
      const c = readCount(words) ?? readCount([stems(doc.tokens[k]!).at(-1) ?? '', words[1] ?? '']);
      if (c) {
        sum += c.value;
        seen = true;
        for (let u = k; u < k + c.used; u++) used.add(u);
        k += c.used - 1;
      }
    }
    // "قتل ثلاثة مدنيين": a count right before the noun.
    if (!seen && !used.has(i - 1)) {
      const c = readCount(doc.tokens.slice(i - 1, i + 1).map((t) => t.norm));
      if (c && i - 1 >= a) {
        sum = c.value;
        seen = true;
        used.add(i - 1);
      }
    }
    if (seen) total = (total ?? 0) + sum;
  }
  return total;
}

// Events with no direction: everyone named takes part in the meeting, the deal, the vote.
const SYMMETRIC = new Set<EventType>(['Meeting', 'Agreement', 'Clash', 'Election', 'Protest', 'Other']);

/**
 * Who reports the sentence is not who acts in it: outlets, and the speakers, relays and
 * affiliations of the sentence's own statements ("اتهم الجيش …"، "بحسب وزارة الصحة"، "مصدر عسكري
 * سوداني"), are left out — unless named right after the trigger ("غارة إسرائيلية").
 */
function reporters(doc: Doc, sentence: number): Set<string> {
  const out = new Set<string>();
  for (const st of doc.statements) {
    if (st.sentence !== sentence) continue;
    for (const id of [st.speaker.entityId, st.speaker.affiliationId, st.via]) if (id) out.add(id);
  }
  return out;
}

interface Candidate extends Participant {
  /** Named only as who reports the sentence: dropped once events are merged (see finalParticipants). */
  reporting: boolean;
}

function participantsIn(doc: Doc, s: number, a: number, b: number, t: Trigger): Candidate[] {
  const out: Candidate[] = [];
  const reporting = reporters(doc, s);
  const after = t.index + t.length;
  // "قتل 12 يمنيا في غارات أميركية": when a nationality right after the trigger names who struck,
  // those named before it are the struck, not the actors.
  const nisbaActor = [after, after + 1].some((k) => doc.tokenMention[k]?.source === 'nisba');
  for (let k = a; k < b; k++) {
    const m = doc.tokenMention[k];
    if (!m) continue;
    const e = doc.entities.get(m.entityId);
    if (!e || e.type === 'Place' || out.some((p) => p.entityId === e.id)) continue;
    const adjacent = m.tokenStart >= after && m.tokenStart <= after + 1;
    const role: ParticipantRole = SYMMETRIC.has(t.type)
      ? 'participant'
      : (m.tokenStart < t.index && !nisbaActor) || (adjacent && m.source === 'nisba')
        ? 'actor'
        : 'target';
    out.push({ entityId: e.id, role, reporting: e.kind === 'outlet' || (reporting.has(e.id) && !adjacent) });
    k = m.tokenEnd - 1;
  }
  return out.slice(0, 8);
}

/** Merging compares everyone named; the event keeps those who take part. */
function finalParticipants(ps: Participant[]): Participant[] {
  return ps.filter((p) => !(p as Candidate).reporting).map((p) => ({ entityId: p.entityId, role: p.role }));
}

/**
 * Where it happened: the place nearest the trigger, looking a few words after it first ("غارات …
 * استهدفت منازل في مدينة خان يونس"), so that the place of a source ("وزارة الصحة في غزة") named
 * earlier does not win; else a country the same way.
 */
function locationIn(doc: Doc, a: number, b: number, trigger: number, nearOnly = false): string | null {
  // Near after the trigger first, then before it, then the rest of the sentence: "تبنت الحركة الهجوم
  // في بيان …، فيما نفت حكومة طالبان في كابل" does not put the attack in Kabul.
  const near = Math.min(b, trigger + (nearOnly ? 8 : 14));
  const order: number[] = [];
  for (let k = trigger; k < near; k++) order.push(k);
  for (let k = trigger - 1; k >= a; k--) order.push(k);
  // A definite re-mention ("الهجوم") takes no place from far along its sentence.
  if (!nearOnly) for (let k = near; k < b; k++) order.push(k);
  let country: string | null = null;
  for (const k of order) {
    const m = doc.tokenMention[k];
    if (!m) continue;
    const e = doc.entities.get(m.entityId);
    if (e?.type === 'Place') return e.id;
    if (e?.type === 'Country' && m.source !== 'nisba') country ??= e.id;
  }
  return country;
}

/** Is a mention of `id` within `window` tokens of token `at`? */
function placeNear(doc: Doc, id: string | null, at: number, window: number): boolean {
  if (!id) return false;
  for (let k = Math.max(0, at - window); k <= at + window && k < doc.tokens.length; k++)
    if (doc.tokenMention[k]?.entityId === id) return true;
  return false;
}

/** A definite noun ("الهجوم" beside "هجوم"), not a verb that happens to start with ال ("التقوا"). */
const isDefinite = (res: Resources, form: string) => form.startsWith('ال') && res.triggers.has(form.slice(2));

const hasPerson = (doc: Doc, ev: DocEvent) =>
  ev.participants.filter((p) => doc.entities.get(p.entityId)?.type === 'Person');

// An article covers one election, one peace deal, one sanctions debate: all such triggers are one event.
const ONE_PER_ARTICLE = new Set<EventType>(['Election', 'Agreement', 'Sanction']);

function countriesOf(doc: Doc, ev: DocEvent): Set<string> {
  return new Set(
    ev.participants.filter((p) => doc.entities.get(p.entityId)?.type === 'Country').map((p) => p.entityId),
  );
}

/** Could two candidates be the same real event? Different tolls, years, places or countries say no. */
function compatible(doc: Doc, a: DocEvent, b: DocEvent, checkCountries = true): boolean {
  if (a.killed !== null && b.killed !== null && a.killed !== b.killed) return false;
  // Two different places named as where it happened: two events.
  const la = a.locationId && doc.entities.get(a.locationId);
  const lb = b.locationId && doc.entities.get(b.locationId);
  if (la && lb && la.type === lb.type && la.id !== lb.id && (checkCountries || la.type === 'Place'))
    return false;
  if (a.date && b.date && a.date.slice(0, 4) !== b.date.slice(0, 4)) return false;
  if (!checkCountries) return true;
  const ca = countriesOf(doc, a);
  const cb = countriesOf(doc, b);
  if (ca.size && cb.size && ![...ca].some((c) => cb.has(c))) return false;
  return true;
}

/**
 * The earlier event a new candidate re-reports, if any: one sharing a person ("بوتين اجتمع مع
 * منصور" again), the article's one election or agreement, the headline's event, or — for a
 * definite trigger ("الهجوم"، "الانتخابات") — the last event of that type.
 */
function coreferentEvent(
  doc: Doc,
  res: Resources,
  ev: DocEvent,
  t: Trigger,
  inTitle: boolean,
): DocEvent | null {
  const sameType = doc.events.filter((o) => o.type === ev.type);
  if (sameType.length === 0) return null;
  const persons = new Set(hasPerson(doc, ev).map((p) => p.entityId));
  const byPerson = sameType.find(
    (o) => hasPerson(doc, o).some((p) => persons.has(p.entityId)) && compatible(doc, o, ev, false),
  );
  if (byPerson) return byPerson;
  if (ONE_PER_ARTICLE.has(ev.type)) return sameType[0]!;
  if (inTitle) return null;
  // The headline's event is told again in the body's first report of that type.
  const headline = sameType[0]!;
  const headlineOnly = headline.sentences.every((i) => doc.sentences[i]!.start < doc.bodyOffset);
  if (headlineOnly && compatible(doc, headline, ev, false)) return headline;
  const last = sameType[sameType.length - 1]!;
  // "اندلع القتال بين …": a definite trigger that names its own sides is a new event.
  const between = doc.tokens.slice(t.index + t.length, t.index + t.length + 2).some((x) => x.norm === 'بين');
  const definite = isDefinite(res, t.form);
  if (definite && !between && compatible(doc, last, ev)) return last;
  return null;
}

export function eventsComponent(res: Resources) {
  return (doc: Doc): void => {
    const publishedAt = doc.article.publishedAt;
    for (const s of doc.sentences) {
      const [a, b] = sentenceTokens(doc, s.index);
      const trigs = triggersIn(doc, res, a, b);
      // Strong triggers first; a weak one only for a type no strong trigger of the sentence has.
      const chosen = new Map<EventType, Trigger>();
      for (const t of trigs) if (!t.weak && !chosen.has(t.type)) chosen.set(t.type, t);
      const strongTypes = chosen.size;
      for (const t of trigs) if (t.weak && !chosen.has(t.type)) chosen.set(t.type, t);
      for (const t of chosen.values()) {
        const participants = participantsIn(doc, s.index, a, b, t);
        const locationId = locationIn(doc, a, b, t.index, isDefinite(res, t.form));
        const killed = killedIn(doc, res, a, b);
        // A weak trigger needs support: a place, a participant, a toll or an explicit date; next to
        // a strong trigger of another type it needs a place.
        const explicitDate = findDate(s.text, null);
        if (t.weak && !locationId && participants.length === 0 && killed === null && !explicitDate) continue;
        if (t.weak && strongTypes > 0 && doc.entities.get(locationId ?? '')?.type !== 'Place') continue;
        if (
          res.personTriggers.has(t.form) &&
          !participants.some((p) => !p.reporting && doc.entities.get(p.entityId)?.type === 'Person')
        )
          continue;
        // "ويلتقي الهلال مع العين الإماراتي": a meeting takes a person or two sides we know; a
        // match between clubs we do not is none.
        const sides = participants.filter((p) => !p.reporting);
        if (
          res.twoSidedTriggers.has(t.form) &&
          sides.length < 2 &&
          !sides.some((p) => doc.entities.get(p.entityId)?.type === 'Person')
        )
          continue;
        const ev: DocEvent = {
          type: t.type,
          trigger: doc.text.slice(doc.tokens[t.index]!.start, doc.tokens[t.index + t.length - 1]!.end),
          sentences: [s.index],
          date: findDate(s.text, publishedAt),
          locationId,
          participants,
          killed,
        };
        const same = coreferentEvent(doc, res, ev, t, s.start < doc.bodyOffset);
        if (same) {
          same.sentences.push(s.index);
          for (const p of ev.participants as Candidate[]) {
            const known = same.participants.find((q) => q.entityId === p.entityId) as Candidate | undefined;
            if (!known) same.participants.push(p);
            else if (!p.reporting) known.reporting = false;
          }
          // "… طرفي النزاع …، مؤتمرا دوليا … في لندن": a definite re-mention lends its place only when
          // the place is named right by it, not elsewhere in its sentence.
          if (!(isDefinite(res, t.form) && !placeNear(doc, ev.locationId, t.index, 4)))
            same.locationId ??= ev.locationId;
          same.date ??= ev.date;
          same.killed ??= ev.killed;
          continue;
        }
        doc.events.push(ev);
      }
    }
    for (const ev of doc.events) ev.participants = finalParticipants(ev.participants);
  };
}
