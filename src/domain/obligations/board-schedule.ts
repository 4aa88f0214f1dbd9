// The Improvement Board meets at a fixed frequency (the draft terms of reference, April 2017:
// "Every six weeks"), and the Director of Children's Services reports to each meeting (Direction 5e:
// "a comprehensive progress report is provided by the Director of Children's Services to each
// meeting of the Improvement Board"; also the first standard agenda item in the terms of reference).
// Until meetings are recorded (capability 3), a meeting or report is met by a recorded fulfilment.
import { addDays } from './calendar-months.ts';
import { obligationKey } from './keys.ts';
import type { BoardScheduleDates, ScheduledObligation } from './types.ts';
import { ordinal } from './ordinal.ts';

export function boardMeetingDates(board: BoardScheduleDates, until: string): string[] {
  if (!board.firstMeetingOn || board.frequencyDays < 1) return [];
  const end = board.endedOn && board.endedOn < until ? board.endedOn : until;
  const dates: string[] = [];
  for (let d = board.firstMeetingOn; d <= end; d = addDays(d, board.frequencyDays)) dates.push(d);
  return dates;
}

export function boardObligations(board: BoardScheduleDates, until: string): ScheduledObligation[] {
  const every = board.frequencyDays % 7 === 0 ? `${board.frequencyDays / 7} weeks` : `${board.frequencyDays} days`;
  return boardMeetingDates(board, until).flatMap((dueOn, i): ScheduledObligation[] => {
    const n = i + 1;
    const basis = `Meeting ${n}: every ${every} from the first meeting on ${board.firstMeetingOn}`;
    return [
      {
        key: obligationKey.boardMeeting(n), kind: 'board_meeting', sequence: n, dueOn, legalDeadline: null,
        title: `${board.boardName} meeting (${ordinal(n)})`,
        source: 'Board terms of reference: frequency', basis, provisional: false, derivedFulfilment: null,
      },
      {
        key: obligationKey.dcsReport(n), kind: 'dcs_report', sequence: n, dueOn, legalDeadline: null,
        title: `Director of Children's Services' progress report to board meeting ${n}`,
        source: 'Direction 5e', basis, provisional: false, derivedFulfilment: null,
      },
    ];
  });
}
