// Word classes the pattern components share: function words that never belong to a name, and
// helpers that read a token's clitic-free form.
import { normalise } from '../nlp/normalise.ts';
import { cliticReadings, type Token } from '../nlp/tokens.ts';
import type { Resources } from './resources.ts';

const FUNCTION_WORDS = new Set(
  [
    'في',
    'من',
    'على',
    'علي',
    'الى',
    'إلى',
    'عن',
    'مع',
    'بين',
    'حول',
    'لدى',
    'عند',
    'منذ',
    'خلال',
    'بعد',
    'قبل',
    'ضد',
    'حتى',
    'أن',
    'إن',
    'ان',
    'أنه',
    'إنه',
    'انه',
    'انها',
    'أنها',
    'إنها',
    'قد',
    'لقد',
    'لم',
    'لن',
    'لا',
    'ما',
    'هذا',
    'هذه',
    'ذلك',
    'تلك',
    'الذي',
    'التي',
    'الذين',
    'اللذين',
    'هو',
    'هي',
    'هم',
    'كان',
    'كانت',
    'كانوا',
    'يكون',
    'تكون',
    'أو',
    'او',
    'ثم',
    'كما',
    'لكن',
    'لكنه',
    'بل',
    'إذ',
    'إذا',
    'اذا',
    'أيضا',
    'ايضا',
    'أمس',
    'امس',
    'اليوم',
    'غدا',
    'الاثنين',
    'الثلاثاء',
    'الاربعاء',
    'الخميس',
    'الجمعة',
    'السبت',
    'الأحد',
    'الاحد',
    'عام',
    'العام',
    'سنة',
    'يوم',
    'أول',
    'اول',
    'آخر',
    'اخر',
    'آخرون',
    'آخرين',
    'كل',
    'بعض',
    'عدة',
    'عدد',
    'نحو',
    'حوالي',
    'أكثر',
    'اكثر',
    'أقل',
    'السابق',
    'السابقة',
    'الحالي',
    'الراحل',
    'الأسبق',
    'المقبل',
    'الماضي',
    'الأخير',
    'الجديد',
    'إنما',
    'بأن',
    'بان',
    'وإن',
    'فإن',
    'أي',
    'اي',
    'فيما',
    'بينما',
    'حيث',
    'عندما',
    'لأن',
    'كي',
    'بسبب',
    'إثر',
    'اثر',
    'عقب',
    'غداة',
    'أمام',
    'وراء',
    'فوق',
    'تحت',
    'دون',
    'غير',
    'سوى',
    'إلا',
    'الا',
    'له',
    'لها',
    'لهم',
    'به',
    'بها',
    'فيه',
    'فيها',
    'منه',
    'منها',
    'عنه',
    'عنها',
    'إنه',
    'باسم',
    'أحد',
    'احد',
    'إحدى',
    'رسميا',
    'مساء',
    'صباح',
    'أيام',
    'شهر',
    'وقت',
    'الذى',
    'ليس',
    'هناك',
    'هنا',
  ].map(normalise),
);

const FUNCTION_WORDS_WITH_ALEF_MAQSURA = new Set(['على', 'إلى', 'حتى', 'لدى', 'سوى', 'متى'].map(normalise));

export function isFunctionWord(norm: string): boolean {
  return FUNCTION_WORDS.has(norm);
}

/** Clitic-free forms of a token, most literal first (no article stripping). */
export function stems(token: Token): string[] {
  return cliticReadings(token)
    .filter((r) => !(r.prefixes.includes('ال') && !r.keepsArticle))
    .map((r) => r.stem);
}

/** The first clitic-free form of a token that is in `set`. */
export function stemIn(token: Token | undefined, set: Set<string> | Map<string, unknown>): string | null {
  if (!token) return null;
  for (const s of stems(token)) if (set.has(s)) return s;
  return null;
}

/** Could this token be part of a person's name? */
export function nameLike(token: Token | undefined, res: Resources): boolean {
  if (!token) return false;
  const n = token.norm;
  if (n.length < 2 || /^\d/.test(n)) return false;
  if (!/^[\u0621-\u064A]+$/.test(n)) return false;
  // "علي" (a name) and "على" (on) normalise alike: the written final yā' tells them apart.
  const writtenYa = /ي[\u064B-\u065F]*$/.test(token.text);
  if (
    (isFunctionWord(n) && !(writtenYa && FUNCTION_WORDS_WITH_ALEF_MAQSURA.has(n))) ||
    res.cues.has(n) ||
    res.triggers.has(n)
  ) {
    return false;
  }
  if (res.firstNames.has(n)) return true;
  if (res.commonWords.has(n)) return false;
  // "فقال"، "لتشكيل"، "بالسجن": a clitic on an everyday word.
  for (const s of stems(token).slice(1)) {
    if (isFunctionWord(s) || res.cues.has(s) || res.triggers.has(s) || res.commonWords.has(s)) return false;
    if (s.startsWith('ال') && !res.firstNames.has(s)) return false;
  }
  if (res.titles.person.has(n) || res.groupHeads.has(n) || res.placeHeads.has(n)) return false;
  return true;
}
