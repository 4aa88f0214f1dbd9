// The simulated council: children and everything that happened to them, as day numbers. The
// simulation writes these records once; an Annex A extract is a view of them at an as-at date.
import type { Day } from './calendar.ts';
import type {
  Abuse, Accommodation, Activity, AdopterLeft, Closure, Disability, Gender, InTouch,
  LegalStatus, Need, NoLongerAdoption, Permanence, PlacementType, Provider, ReasonCeased, Spellings,
} from './codes.ts';

export interface Child {
  serial: number;
  id: string;
  dob: Day;
  gender: Gender;
  ethnicity: Spellings;
  disability: Disability;
  uasc: boolean;
  /** Child protection plans before the simulation began. */
  priorCpPlans: number;
  /** The last day of the child's open social care episode; contacts before it stay contacts. */
  busyUntil: Day;
  lastCareEnd: Day;
  /** Day of the child's latest contact (one contact a day at most). */
  lastContact: Day;
  /** Dates of referrals, section 47 enquiries and conferences, ascending (most children have none). */
  referrals: readonly Day[];
  s47s: readonly Day[];
  icpcs: readonly Day[];
  cpPlans: number;
}

/** Shared by every child with no such events yet; replaced (never mutated) when one happens. */
export const NO_DAYS: readonly Day[] = Object.freeze([]);

/** Who holds a case over time: at[i] onwards the case is with who[i] ('' = unallocated). */
export interface Allocation {
  team: string;
  at: Day[];
  who: string[];
}

export interface Contact {
  key: number;
  child: Child;
  date: Day;
  source: Spellings;
  /** Realistic mess: the front door did not record a date of birth or a source. */
  dobUnknown: boolean;
  sourceBlank: boolean;
}

export interface EarlyHelp {
  key: number;
  child: Child;
  start: Day;
  completed: Day;
  organisation: string;
}

export interface Referral {
  key: number;
  child: Child;
  date: Day;
  source: Spellings;
  nfa: boolean;
  previous12m: number;
  team: string;
  worker: string;
}

export interface Assessment {
  key: number;
  child: Child;
  start: Day;
  /** Day the child was seen during the assessment (NEVER if not seen). */
  seen: Day;
  authorised: Day;
  needsSupport: boolean;
  allocation: Allocation;
}

export interface S47 {
  key: number;
  child: Child;
  strategy: Day;
  /** Day the decision on holding a conference was made. */
  decided: Day;
  icpcHeld: boolean;
  icpc: Day;
  toPlan: boolean;
  allocation: Allocation;
}

export type PhaseStatus = 'assessment' | 'cin' | 'cp' | 'cla';

export interface Phase {
  from: Day;
  status: PhaseStatus;
  allocation: Allocation;
}

/** One child in need episode (List 6): from referral to closure, through every stage between. */
export interface CinEpisode {
  key: number;
  child: Child;
  start: Day;
  end: Day;
  closure: Closure;
  need: Need;
  phases: Phase[];
  /** Days the child was seen on this episode outside child protection and care visits. */
  seen: Day[];
  cp?: CpPlan;
  care?: CareEpisode;
}

export interface CpPlan {
  key: number;
  child: Child;
  start: Day;
  end: Day;
  initial: Abuse;
  latest: Abuse;
  latestFrom: Day;
  visits: Day[];
  seenAlone: boolean[];
  reviews: Day[];
  protectionOrder: Day;
  previousPlans: number;
  allocation: Allocation;
}

export interface Placement {
  start: Day;
  type: PlacementType;
  provider: Provider;
  out: boolean;
  postcode: string;
  urn: string;
  la: string;
}

export interface CareEpisode {
  key: number;
  child: Child;
  start: Day;
  end: Day;
  reason: ReasonCeased;
  need: Need;
  secondPeriod: boolean;
  legalFrom: Day[];
  legal: LegalStatus[];
  reviews: Day[];
  visits: Day[];
  iro: Day[];
  health: Day[];
  dental: Day[];
  permanenceFrom: Day;
  permanence: Permanence;
  placements: Placement[];
  missing: Day[];
  offered: boolean[];
  accepted: boolean[];
  absent: Day[];
  allocation: Allocation;
  adoption?: Adoption;
  leaver?: CareLeaver;
}

export interface LeaverStatus {
  from: Day;
  inTouch: InTouch;
  accommodation: Accommodation | null;
  suitable: boolean | null;
  activity: Activity | null;
}

export interface CareLeaver {
  key: number;
  child: Child;
  ceased: Day;
  /** 22nd birthday: the last day they count is the day before. */
  until: Day;
  qualifying: boolean;
  personalAdviser: Allocation;
  pathwayReviews: Day[];
  statuses: LeaverStatus[];
  contacts: Day[];
}

export interface Adoption {
  key: number;
  child: Child;
  family: string;
  enteredCare: Day;
  decision: Day;
  placementOrder: Day;
  matched: Day;
  placed: Day;
  order: Day;
  noLonger: Day;
  noLongerReason: NoLongerAdoption | null;
  fosteringForAdoption: Day;
}

export interface Adopter {
  key: number;
  id: string;
  gender: Gender;
  ethnicity: Spellings;
  disabled: boolean;
}

export interface AdopterFamily {
  key: number;
  family: string;
  adopters: Adopter[];
  fosteringForAdoption: boolean;
  enquiry: Day;
  stage1Start: Day;
  stage1End: Day;
  stage2Start: Day;
  stage2End: Day;
  submitted: Day;
  approved: Day;
  matched: Day;
  placed: Day;
  childrenPlaced: number;
  order: Day;
  left: Day;
  leftReason: AdopterLeft | null;
}

export interface World {
  laCode: string;
  seed: number;
  scale: number;
  historyStart: Day;
  horizon: Day;
  contacts: Contact[];
  earlyHelp: EarlyHelp[];
  referrals: Referral[];
  assessments: Assessment[];
  s47s: S47[];
  episodes: CinEpisode[];
  cpPlans: CpPlan[];
  careEpisodes: CareEpisode[];
  careLeavers: CareLeaver[];
  adoptions: Adoption[];
  adopterFamilies: AdopterFamily[];
}
