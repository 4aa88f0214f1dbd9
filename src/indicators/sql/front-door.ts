// Front door and early help: lists 1 (contacts), 2 (early help) and 3 (referrals).
import { countRows, percentage, inP, type RowRule } from './rule.ts';

/** Another referral of the same child in the 365 days before this one (strictly earlier). */
const REFERRED_IN_YEAR_BEFORE = `EXISTS (
  SELECT 1 FROM annex_referrals earlier
  WHERE earlier.snapshot_id = f.snapshot_id AND earlier.child_id = f.child_id
    AND earlier.referral_date >= f.referral_date - 365 AND earlier.referral_date < f.referral_date)`;

const PREVIOUS_REFERRAL = `(SELECT max(earlier.referral_date) FROM annex_referrals earlier
  WHERE earlier.snapshot_id = f.snapshot_id AND earlier.child_id = f.child_id
    AND earlier.referral_date < f.referral_date) AS previous_referral`;

export const FRONT_DOOR_RULES: RowRule[] = [
  countRows('contacts.count', { list: 1, rows: inP('contact_date'), show: ['contact_date'] }),

  countRows('early_help.assessments_started', { list: 2, rows: inP('eh_start'), show: ['eh_start'] }),

  countRows('referrals.count', { list: 3, rows: inP('referral_date'), show: ['referral_date'] }),

  percentage('referrals.rereferral_pct', {
    list: 3,
    of: inP('referral_date'),
    meeting: REFERRED_IN_YEAR_BEFORE,
    show: ['referral_date', PREVIOUS_REFERRAL],
  }),

  percentage('referrals.nfa_pct', {
    list: 3,
    of: inP('referral_date'),
    meeting: 'nfa',
    show: ['referral_date', 'nfa'],
  }),
];
