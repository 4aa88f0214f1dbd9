// How the register's values read on screen: every status is words in a tag (colour only reinforces
// it), dates in the GOV.UK style, evidence lines with their links.
import { judgmentLabel, type Judgment } from '../../domain/intervention/judgments.ts';
import { DIRECTION_STATUS_LABELS, type DirectionStatus } from '../../domain/intervention/direction.ts';
import { VERDICT_LABELS, type Verdict } from '../../domain/intervention/review.ts';
import { FINDING_KIND_LABELS, type FindingKind } from '../../domain/intervention/monitoring.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import type { Obligation } from '../../domain/obligations/types.ts';
import { formatDate } from '../views.ts';

export interface Tag {
  text: string;
  classes: string;
}

const tag = (text: string, colour: string | null): Tag => ({ text, classes: colour ? `govuk-tag--${colour}` : '' });

const JUDGMENT_COLOURS: Record<Judgment, string> = { outstanding: 'turquoise', good: 'green', requires_improvement: 'yellow', inadequate: 'red' };

export function judgmentTag(j: Judgment | null | undefined): Tag {
  return tag(judgmentLabel(j), j ? JUDGMENT_COLOURS[j] : 'grey');
}

const DIRECTION_COLOURS: Record<DirectionStatus, string | null> = { draft: 'grey', representations: 'yellow', issued: null, revoked: 'green' };

export function directionTag(s: DirectionStatus): Tag {
  return tag(DIRECTION_STATUS_LABELS[s], DIRECTION_COLOURS[s]);
}

const VERDICT_COLOURS: Record<Verdict, string> = { yes: 'green', partly: 'yellow', no: 'red' };

/** "Sufficient progress: yes / partly / no". */
export function verdictTag(v: Verdict | null | undefined): Tag {
  return v ? tag(VERDICT_LABELS[v], VERDICT_COLOURS[v]) : tag('Not given', 'grey');
}

export function findingTag(k: FindingKind): Tag {
  return tag(FINDING_KIND_LABELS[k], k === 'strength' ? 'green' : 'orange');
}

export const SOON_DAYS = 30;

/** Overdue / Due soon (within 30 days) / Due / Done, relative to `today`. */
export function obligationTag(o: Pick<Obligation, 'status' | 'dueOn'>, today: string): Tag {
  if (o.status === 'done') return tag('Done', 'green');
  if (o.status === 'overdue') return tag('Overdue', 'red');
  return o.dueOn <= addDays(today, SOON_DAYS) ? tag('Due soon', 'yellow') : tag('Due', 'grey');
}

/** The calendar's basis text names dates as 'YYYY-MM-DD': shown in the GOV.UK style. */
export function readableDates(text: string): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatDate(iso));
}

/** A period in words, without repeating the month or year: "11 to 12 December 2018", "24 January to 16 February 2017". */
export function period(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return '';
  if (!from || !to || from === to) return formatDate(from ?? to);
  const [start, end] = [formatDate(from), formatDate(to)];
  if (from.slice(0, 7) === to.slice(0, 7)) return `${Number(from.slice(8))} to ${end}`;
  if (from.slice(0, 4) === to.slice(0, 4)) return `${start.slice(0, -5)} to ${end}`;
  return `${start} to ${end}`;
}

/** Evidence: one item a line; a line that is an http(s) address is a link (nothing else can be one). */
export function evidenceLines(text: string | null | undefined): { text: string; href: string | null }[] {
  return (text ?? '').split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
    let href: string | null = null;
    if (/^https?:\/\/\S+$/i.test(line)) {
      try {
        const u = new URL(line);
        if (u.protocol === 'http:' || u.protocol === 'https:') href = u.href;
      } catch {
        href = null;
      }
    }
    return { text: line, href };
  });
}

/** A note that says a value is illustrative (the demo's flagged dates). */
export function notedIllustrative(note: string | null | undefined): boolean {
  return /\billustrative\b/i.test(note ?? '');
}
