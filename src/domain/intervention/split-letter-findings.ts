// Splits a pasted Ofsted monitoring letter into candidate findings, one per sentence of the
// "Findings" section, for the user to classify as strengths or areas for improvement. Each comes with
// a suggested kind (a plain word match, shown as a suggestion, never saved without the user's choice).
// Text copied from a PDF breaks paragraphs at page ends ("...in the quality of" / "work in frontline
// teams."): a paragraph that does not end a sentence is joined to the next.
import type { FindingKind } from './monitoring.ts';

export interface CandidateFinding {
  /** 1-based paragraph within the section. */
  paragraph: number;
  /** 1-based sentence within the paragraph. */
  sentence: number;
  text: string;
  suggestedKind: FindingKind;
}

const SECTION_HEADING = /^#*\s*findings\s*:?\s*$/i;
const LETTER_END = /^(I am copying this letter|Yours sincerely|Yours faithfully)/i;
const OPENING = /^Dear\b/;
const SENTENCE_END = /[.!?]["'’”)]*$/;
const ABBREVIATIONS = new Set(['e.g.', 'i.e.', 'etc.', 'mr.', 'mrs.', 'ms.', 'dr.', 'no.', 'cf.', 'vs.', 'st.']);

/** Words that usually mark what still needs to change. */
const NEEDS_IMPROVEMENT = /\b(however|needs? to|not yet|not all|further work|too long|inconsistent|insufficient|weak|poor|should|must|more quickly|accelerate|do more|remain(s|ed)? in)\b/i;

export function suggestFindingKind(sentence: string): FindingKind {
  return NEEDS_IMPROVEMENT.test(sentence) ? 'area_for_improvement' : 'strength';
}

/** The paragraphs of the Findings section (or of the whole letter body when it has no such heading). */
export function findingsParagraphs(letter: string): string[] {
  const lines = letter.replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/[\u00a0\t]/g, ' ').trim());
  let start = lines.findIndex((l) => SECTION_HEADING.test(l));
  if (start < 0) start = lines.findIndex((l) => OPENING.test(l));
  const body = lines.slice(start + 1);
  const end = body.findIndex((l) => LETTER_END.test(l));
  const section = end < 0 ? body : body.slice(0, end);

  const blocks: string[] = [];
  let text = '';
  for (const line of [...section, '']) {
    if (line && !/^\d{1,3}$/.test(line)) {
      text = text ? `${text} ${line}` : line;   // a lone number is a page number, not text
    } else if (text && SENTENCE_END.test(text)) {
      blocks.push(text.replace(/ {2,}/g, ' '));
      text = '';
    }
  }
  if (text) blocks.push(text.replace(/ {2,}/g, ' '));
  return blocks;
}

/** Sentences of a paragraph: split after . ! or ? (and any closing quote) before a capital or opening quote. */
export function splitSentences(paragraph: string): string[] {
  const out: string[] = [];
  let from = 0;
  const boundary = /([.!?]["'’”)]*)\s+(?=["'‘“(]?[A-Z0-9])/g;
  for (let m = boundary.exec(paragraph); m; m = boundary.exec(paragraph)) {
    const end = m.index + m[1].length;
    const lastWord = paragraph.slice(from, end).split(/\s+/).pop()!.toLowerCase();
    if (ABBREVIATIONS.has(lastWord)) continue;
    out.push(paragraph.slice(from, end).trim());
    from = m.index + m[0].length;
  }
  const rest = paragraph.slice(from).trim();
  if (rest) out.push(rest);
  return out;
}

export function splitLetterFindings(letter: string): CandidateFinding[] {
  return findingsParagraphs(letter).flatMap((p, pi) =>
    splitSentences(p).map((text, si) => ({ paragraph: pi + 1, sentence: si + 1, text, suggestedKind: suggestFindingKind(text) })));
}
