// The records the statutory calendar is computed from besides the Direction: the council's own
// targets, the fulfilments recorded against obligations, and the Improvement Board's schedule.
import { isObligationKey } from '../obligations/keys.ts';
import { JUDGMENTS } from './judgments.ts';
import { LIMITS } from './limits.ts';
import {
  checkbox, notBefore, optionalChoice, optionalDate, optionalText, requiredDate, requiredText, requiredWhole, unless,
  validateRecord, type Parsed, type Validated,
} from './fields.ts';

const targetShape = {
  title: requiredText('title', LIMITS.short),
  setOn: requiredDate('date the target was set'),
  dueOn: requiredDate('target date'),
  targetJudgment: optionalChoice('judgment', JUDGMENTS),
  source: optionalText('source', LIMITS.line),
  note: optionalText('note', LIMITS.paragraph),
};
export type CouncilTargetInput = Parsed<typeof targetShape>;

export function validateCouncilTarget(input: unknown): Validated<CouncilTargetInput> {
  return validateRecord(targetShape, input, (v) => [
    unless(notBefore(v.dueOn, v.setOn), 'dueOn', 'Target date must be the same as or after the date the target was set'),
  ]);
}

const fulfilmentShape = {
  obligationKey: requiredText('obligation', 100, 'Select the obligation'),
  fulfilledOn: requiredDate('date it was met'),
  reference: optionalText('reference', LIMITS.line),
  note: optionalText('note', LIMITS.paragraph),
};
export type FulfilmentInput = Parsed<typeof fulfilmentShape>;

export function validateFulfilment(input: unknown): Validated<FulfilmentInput> {
  return validateRecord(fulfilmentShape, input, (v) => [
    unless(!v.obligationKey || isObligationKey(v.obligationKey), 'obligationKey', 'Select an obligation from the calendar'),
  ]);
}

const boardShape = {
  boardName: requiredText('name of the board', LIMITS.short),
  chair: optionalText('chair', LIMITS.short),
  frequencyDays: requiredWhole('number of days between meetings', 1, 366),
  firstMeetingOn: optionalDate('date of the first meeting'),
  firstMeetingIllustrative: checkbox(),
  endedOn: optionalDate('date the board ended'),
  note: optionalText('note', LIMITS.paragraph),
};
export type BoardScheduleInput = Parsed<typeof boardShape>;

export function validateBoardSchedule(input: unknown): Validated<BoardScheduleInput> {
  return validateRecord(boardShape, input, (v) => [
    unless(notBefore(v.endedOn, v.firstMeetingOn), 'endedOn', 'Date the board ended must be the same as or after the first meeting'),
  ]);
}
