// Obligation keys: stable names for computed obligations, so that a fulfilment recorded against one
// still finds it when the calendar is computed again. A key names the record the series hangs on
// (the Direction, the inspection, the target) and the place in the series.

export const obligationKey = {
  chairReport: (directionId: number, n: number) => `direction:${directionId}:chair-report:${n}`,
  adviserReview: (directionId: number, n: number) => `direction:${directionId}:adviser-review:${n}`,
  boardMeeting: (n: number) => `board:meeting:${n}`,
  dcsReport: (n: number) => `board:dcs-report:${n}`,
  monitoringVisit: (inspectionId: number, n: number) => `inspection:${inspectionId}:monitoring-visit:${n}`,
  councilTarget: (targetId: number) => `target:${targetId}`,
};

const KEY_PATTERNS = [
  /^direction:[1-9]\d*:(chair-report|adviser-review):[1-9]\d*$/,
  /^board:(meeting|dcs-report):[1-9]\d*$/,
  /^inspection:[1-9]\d*:monitoring-visit:[1-9]\d*$/,
  /^target:[1-9]\d*$/,
];

/** True for a string shaped like a key the calendar produces. */
export function isObligationKey(value: string): boolean {
  return KEY_PATTERNS.some((p) => p.test(value));
}
