// The coded values Annex A columns hold, and the normalised form each is stored as.
// Sources: Ofsted ILACS Annex A guidance (option lists "a) Yes", "b) No" ...); DfE Children in Need
// census guide (gender, ethnicity, referral source, primary need, category of abuse, reason for
// closure); DfE SSDA903 guide (category of need, legal status, reason ceased, placement type and
// provider, care leaver accommodation and activity codes, reasons a child is no longer placed for
// adoption). The project copies the codes here; it never reads the guides at run time.
//
// A code list is either strict or not:
// - strict (Yes/No columns, LA in touch, suitability of accommodation, placement location, care
//   leaver activity): an indicator counts these values, so a value we cannot read would silently
//   move a child in or out of a numerator. An unreadable value is stored as blank, with a warning
//   saying so (the data-quality page lists them).
// - not strict (everything else): context only. An unknown value is a warning and is stored as
//   written (option prefix and description removed, upper-cased when it looks like a code).

export interface CodeList {
  /** What the values are, for messages: "a Yes or No", "an ethnicity code". */
  readonly describe: string;
  readonly strict: boolean;
  /** Folded spelling (see foldCode) -> stored value. */
  readonly lookup: ReadonlyMap<string, string>;
}

/** Upper-case, single spaces, no surrounding space: the form values are looked up in. */
export function foldCode(s: string): string {
  return s.replace(/\s+/g, ' ').trim().toUpperCase();
}

function codeList(describe: string, strict: boolean, values: Record<string, readonly string[]>): CodeList {
  const lookup = new Map<string, string>();
  for (const [stored, spellings] of Object.entries(values)) {
    for (const s of [stored, ...spellings]) {
      const key = foldCode(s);
      const seen = lookup.get(key);
      if (seen !== undefined && seen !== stored) throw new Error(`${describe}: "${s}" means both ${seen} and ${stored}`);
      lookup.set(key, stored);
    }
  }
  return { describe, strict, lookup };
}

/** Codes that are their own only spelling. */
const plain = (codes: readonly string[]): Record<string, readonly string[]> =>
  Object.fromEntries(codes.map((c) => [c, []]));

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

const YES = ['Y', 'YES', 'TRUE'];
const NO = ['N', 'NO', 'FALSE'];

/** Stored as the strings 'true' / 'false' and cast to boolean on insert. */
export const yesNo = codeList('Yes or No', true, { true: YES, false: NO });

/** "Does the Child have a Disability" is a text column: Yes / No, anything else kept as written. */
export const disability = codeList('Yes or No', false, { Yes: YES, No: [...NO, 'NONE'] });

/** CIN census gender (0 not known, 1 male, 2 female, 9 not specified); Ofsted's a)-d) options. */
export const gender = codeList('a gender (Male, Female, Not stated/recorded, Neither)', false, {
  Male: ['M', '1', 'MALE'],
  Female: ['F', '2', 'FEMALE'],
  Unknown: ['0', 'U', 'UNKNOWN', 'NOT KNOWN', 'NOT STATED', 'NOT RECORDED', 'NOT STATED/RECORDED',
    'NOT STATED / RECORDED', 'NOT STATED OR RECORDED'],
  Indeterminate: ['9', 'I', 'INDETERMINATE', 'NEITHER', 'NOT SPECIFIED'],
});

export const ethnicity = codeList('a DfE ethnicity code (e.g. WBRI)', false, plain([
  'WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC', 'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN',
  'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT',
]));

/** CIN census referral source, used by Annex A for contacts and referrals. */
export const referralSource = codeList('a DfE referral source code (1A-10)', false, plain([
  '1A', '1B', '1C', '1D', '2A', '2B', '3A', '3B', '3C', '3D', '3E', '3F', '4', '5A', '5B', '5C',
  '5D', '6', '7', '8', '9', '10',
]));

export const primaryNeed = codeList('a primary need code (N0-N9)', false, plain(range('N', 0, 9)));

export const categoryOfNeed = codeList('a category of need code (N1-N8)', false, plain(range('N', 1, 8)));

export const closureReason = codeList('a CIN closure reason code (RC1-RC9)', false, plain(range('RC', 1, 9)));

export const abuseCategory = codeList('a category of abuse (PHY, EMO, SAB, NEG, MUL)', false, {
  PHY: ['PHYSICAL ABUSE', 'PHYSICAL'],
  EMO: ['EMOTIONAL ABUSE', 'EMOTIONAL'],
  SAB: ['SEXUAL ABUSE', 'SEXUAL'],
  NEG: ['NEGLECT'],
  MUL: ['MULTIPLE', 'MULTIPLE/NOT RECOMMENDED', 'MULTIPLE CATEGORIES'],
});

export const legalStatus = codeList('an SSDA903 legal status code (e.g. C2)', false, plain([
  'C1', 'C2', 'D1', 'E1', 'J1', 'J2', 'J3', 'L1', 'L2', 'L3', 'V2', 'V3', 'V4',
]));

export const reasonCeased = codeList('an SSDA903 reason ceased code (e.g. E11)', false, plain([
  'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E2', 'E3', 'E4A', 'E4B', 'E41', 'E45', 'E46',
  'E47', 'E48', 'E5', 'E6', 'E7', 'E8', 'E9',
]));

export const placementType = codeList('an SSDA903 placement type code (e.g. U4)', false, plain([
  'A3', 'A4', 'A5', 'A6', 'H5', 'K1', 'K2', 'P1', 'P2', 'P3', 'R1', 'R2', 'R3', 'R5', 'S1', 'T0',
  'T1', 'T2', 'T3', 'T4', 'U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'Z1',
]));

export const placementProvider = codeList('a placement provider code (PR0-PR5)', false, plain(range('PR', 0, 5)));

/** 'In' / 'Out' of the council's area. */
export const placementLocation = codeList('In or Out', true, {
  In: ['INSIDE', 'IN AREA', 'INSIDE AREA', 'IN LA', 'INSIDE LA', 'IN LA AREA', 'INSIDE LA AREA', 'WITHIN'],
  Out: ['OUTSIDE', 'OUT OF AREA', 'OUTSIDE AREA', 'OUT OF LA', 'OUTSIDE LA', 'OUT OF LA AREA', 'OUTSIDE LA AREA'],
});

export const inTouch = codeList('YES, NO, DIED, REFU, NREQ or RHOM', true, {
  YES: YES,
  NO: NO,
  DIED: ['DIED', 'DECEASED'],
  REFU: ['REFUSED', 'REFUSES CONTACT'],
  NREQ: ['NOT REQUIRED', 'NO LONGER REQUIRED', 'NO LONGER REQUIRES SERVICES'],
  RHOM: ['RETURNED HOME'],
});

export const accommodationSuitable = codeList('Suitable or Unsuitable', true, {
  Suitable: [],
  Unsuitable: ['NOT SUITABLE'],
});

/** SSDA903 care leaver accommodation type (the letter; suitability is its own column in Annex A). */
export const accommodation = codeList('an SSDA903 accommodation code (e.g. U)', false, plain([
  'B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z',
]));

/**
 * SSDA903 care leaver activity. F1-F5 and P1-P5 are in education, employment or training, G4-G6
 * are not (indicators.md, care_leavers.eet_pct); G1-G3 are the codes G4-G6 replaced.
 */
export const activity = codeList('an activity code (F1-F5, P1-P5, G1-G6)', true,
  plain([...range('F', 1, 5), ...range('P', 1, 5), ...range('G', 1, 6)]));

export const noLongerPlacedReason = codeList('a reason code (RD1-RD4)', false, plain(range('RD', 1, 4)));
