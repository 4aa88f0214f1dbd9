// Splits a pasted block of recommendations (from an Ofsted report, a Word document or an email) into
// numbered items for the user to check before saving. Handles "1.", "1)", "(1)", bullets, lettered
// sub-points and lines wrapped by the source document.

export interface SplitRecommendation {
  number: number;
  text: string;
}

export interface SplitRecommendations {
  items: SplitRecommendation[];
  /** Text before the first item (a heading such as "Recommendations"), shown so nothing vanishes silently. */
  ignored: string[];
}

const NUMBERED = /^\s*(?:\((\d{1,3})\)|(\d{1,3})[.)])\s+(.*)$/;
const BULLET = /^\s*[•●▪◦·‣∙*\-–—]\s+(.*)$/;
const LETTERED = /^\s*(?:\(([a-z]|[ivx]{1,4})\)|([a-z]|[ivx]{1,4})[.)])\s+(.*)$/;

const tidy = (s: string) => s.replace(/[\u00a0\t]/g, ' ').replace(/ {2,}/g, ' ').trim();

/** Joins a wrapped line to the text so far; a word hyphenated across lines stays one word. */
function joinWrapped(text: string, line: string): string {
  if (!text) return line;
  if (text.endsWith('\n')) return text + line;
  return /[A-Za-z]-$/.test(text) ? text + line : `${text} ${line}`;
}

export function splitRecommendations(pasted: string): SplitRecommendations {
  const lines = pasted.replace(/\r\n?/g, '\n').split('\n').map(tidy);
  const numbered = lines.some((l) => NUMBERED.test(l));
  const bulleted = !numbered && lines.some((l) => BULLET.test(l));
  if (!numbered && !bulleted) return byParagraph(lines);

  const items: SplitRecommendation[] = [];
  const ignored: string[] = [];
  for (const line of lines) {
    if (!line) continue;
    const n = numbered ? NUMBERED.exec(line) : null;
    const b = bulleted ? BULLET.exec(line) : null;
    if (n) {
      items.push({ number: Number(n[1] ?? n[2]), text: n[3] });
    } else if (b) {
      items.push({ number: items.length + 1, text: b[1] });
    } else if (!items.length) {
      ignored.push(line);
    } else {
      const current = items[items.length - 1];
      // Under a numbered item, a bullet or lettered point is a sub-point: it keeps its own line.
      const sub = numbered && (BULLET.test(line) || LETTERED.test(line));
      current.text = sub ? `${current.text}\n${line}` : joinWrapped(current.text, line);
    }
  }
  return { items: items.filter((i) => i.text), ignored };
}

/** No markers at all: each paragraph (separated by a blank line) is one recommendation. */
function byParagraph(lines: string[]): SplitRecommendations {
  const items: SplitRecommendation[] = [];
  let text = '';
  for (const line of [...lines, '']) {
    if (line) {
      text = joinWrapped(text, line);
    } else if (text) {
      items.push({ number: items.length + 1, text });
      text = '';
    }
  }
  return { items, ignored: [] };
}
