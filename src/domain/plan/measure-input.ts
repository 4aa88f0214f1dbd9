// Success measures and milestones as people write them: on the forms, and one per line in a
// spreadsheet cell. The cell forms are the export's too, so an exported plan imports back unchanged:
//   measure (indicator):  assessments.within_45wd_pct: 80 by 2018-03-31
//   measure (described):  Audits graded good or better reach 60% by 2018-09-30
//   milestone:            2017-09-30 Audit tool agreed (done 2017-09-28)
import type { IsoDate } from '../calendar/dates.ts';
import { clean, LIMITS, parseDateText, type FieldError } from './fields.ts';
import type { Polarity } from './measures.ts';
import type { Checked } from './action-input.ts';

export type MeasureSpec =
  | { kind: 'indicator'; indicatorId: string; target: number; targetOn: IsoDate }
  | { kind: 'described'; description: string; targetOn: IsoDate };

export interface MilestoneSpec { title: string; dueOn: IsoDate; completedOn: IsoDate | null }

export interface IndicatorInfo { title: string; polarity: Polarity; percent: boolean }

export function validateMeasure(
  input: { kind: string; indicatorId: string; target: string; description: string; targetOn: IsoDate | null | 'invalid' },
  indicators: ReadonlyMap<string, IndicatorInfo>,
): Checked<MeasureSpec> {
  const errors: FieldError[] = [];
  const targetOn = input.targetOn;
  if (targetOn === 'invalid') errors.push({ field: 'targetOn', message: 'Target date must be a real date' });
  else if (targetOn == null) errors.push({ field: 'targetOn', message: 'Enter the date by which the target should be met' });
  if (input.kind === 'indicator') {
    const info = indicators.get(input.indicatorId);
    if (!input.indicatorId) errors.push({ field: 'indicatorId', message: 'Select the indicator' });
    else if (!info) errors.push({ field: 'indicatorId', message: `No indicator has the id ${input.indicatorId}` });
    else if (info.polarity === 'context') errors.push({ field: 'indicatorId', message: `${info.title} is a context figure with no better direction: choose an indicator where higher or lower is better` });
    const t = clean(input.target);
    const target = Number(t);
    if (!t) errors.push({ field: 'target', message: 'Enter the target' });
    else if (!/^-?\d+(\.\d+)?$/.test(t) || !Number.isFinite(target)) errors.push({ field: 'target', message: 'Target must be a number, like 80 or 17.5' });
    else if (info?.percent && (target < 0 || target > 100)) errors.push({ field: 'target', message: 'Target must be a percentage from 0 to 100' });
    else if (target < 0) errors.push({ field: 'target', message: 'Target must be 0 or more' });
    if (errors.length) return { ok: false, errors };
    return { ok: true, value: { kind: 'indicator', indicatorId: input.indicatorId, target, targetOn: targetOn as IsoDate } };
  }
  if (input.kind !== 'described') {
    return { ok: false, errors: [{ field: 'kind', message: 'Select whether the measure is an indicator or described in words' }, ...errors] };
  }
  const description = clean(input.description);
  if (!description) errors.push({ field: 'description', message: 'Describe the measure and its target' });
  else if (description.length > LIMITS.line * 2.5) errors.push({ field: 'description', message: 'Measure must be 500 characters or fewer' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { kind: 'described', description, targetOn: targetOn as IsoDate } };
}

const INDICATOR_LINE = /^([a-z0-9_]+\.[a-z0-9_]+)\s*:\s*(.*?)\s+by\s+(\S+)$/i;
const DESCRIBED_LINE = /^(.*\S)\s+by\s+(\S+)$/i;

/** The measures in one cell, one a line; each problem names the line. */
export function parseMeasuresCell(text: string, indicators: ReadonlyMap<string, IndicatorInfo>): Checked<MeasureSpec[]> {
  const measures: MeasureSpec[] = [];
  const errors: FieldError[] = [];
  lines(text).forEach((line, i) => {
    const where = lines(text).length > 1 ? ` (line ${i + 1})` : '';
    const ind = INDICATOR_LINE.exec(line);
    const desc = ind ? null : DESCRIBED_LINE.exec(line);
    const date = (s: string) => parseDateText(s) ?? 'invalid';
    const r = ind
      ? validateMeasure({ kind: 'indicator', indicatorId: ind[1], target: ind[2].replace(/%$/, ''), description: '', targetOn: date(ind[3]) }, indicators)
      : desc
        ? validateMeasure({ kind: 'described', indicatorId: '', target: '', description: desc[1], targetOn: date(desc[2]) }, indicators)
        : { ok: false as const, errors: [{ field: 'measures', message: 'Write each measure as "indicator id: target by date" or "what will change by date", like "assessments.within_45wd_pct: 80 by 2018-03-31"' }] };
    if (r.ok) measures.push(r.value);
    else errors.push(...r.errors.map((e) => ({ field: 'measures', message: e.message + where })));
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: measures };
}

export function measureToCell(m: MeasureSpec): string {
  return m.kind === 'indicator' ? `${m.indicatorId}: ${m.target} by ${m.targetOn}` : `${m.description} by ${m.targetOn}`;
}

const MILESTONE_LINE = /^(\S+)\s+(.*?)(?:\s+\(done\s+(\S+)\))?$/i;

export function parseMilestonesCell(text: string): Checked<MilestoneSpec[]> {
  const out: MilestoneSpec[] = [];
  const errors: FieldError[] = [];
  const all = lines(text);
  all.forEach((line, i) => {
    const where = all.length > 1 ? ` (line ${i + 1})` : '';
    const m = MILESTONE_LINE.exec(line);
    const dueOn = m ? parseDateText(m[1]) : null;
    const completedOn = m?.[3] ? parseDateText(m[3]) : null;
    if (!m || !dueOn || !m[2]) {
      errors.push({ field: 'milestones', message: `Write each milestone as "date title", like "2017-09-30 Audit tool agreed"${where}` });
    } else if (m[3] && !completedOn) {
      errors.push({ field: 'milestones', message: `Date a milestone was done must be a real date${where}` });
    } else if (m[2].length > LIMITS.line) {
      errors.push({ field: 'milestones', message: `Milestone must be ${LIMITS.line} characters or fewer${where}` });
    } else out.push({ title: m[2], dueOn, completedOn });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

export function milestoneToCell(m: MilestoneSpec): string {
  return `${m.dueOn} ${m.title}${m.completedOn ? ` (done ${m.completedOn})` : ''}`;
}

function lines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim()).filter(Boolean);
}
