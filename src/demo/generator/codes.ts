// Ofsted Annex A coded values as the generator writes them. Each value is a list of spellings:
// the first is Ofsted's option as printed on the template (option letter, code, description), the
// others are forms a council's system also produces and the importer must accept (annex-a-input.md:
// with or without the option prefix; a code with or without its description after ": " or " - ").
// Code lists follow the DfE CIN census and SSDA903 (looked-after children) specifications.

export type Spellings = readonly string[];

/** An Ofsted option "x) Label", also written as the bare label (and a short form if given). */
export function option(prefix: string, label: string, short?: string): Spellings {
  return short ? [`${prefix} ${label}`, label, short] : [`${prefix} ${label}`, label];
}

/** A DfE code with its description, optionally behind an Ofsted option letter. */
export function coded(code: string, description: string, prefix?: string, sep = ': '): Spellings {
  if (prefix) return [`${prefix} ${code}${sep}${description}`, `${code}: ${description}`, code];
  const other = sep === ': ' ? ' - ' : ': ';
  return [`${code}${sep}${description}`, `${code}${other}${description}`, code];
}

export const YES: Spellings = ['a) Yes', 'Yes', 'Y'];
export const NO: Spellings = ['b) No', 'No', 'N'];
export const UNKNOWN: Spellings = ['c) Unknown', 'Unknown'];
export const yesNo = (b: boolean): Spellings => (b ? YES : NO);

export const GENDER = {
  M: option('a)', 'Male', 'M'),
  F: option('b)', 'Female', 'F'),
  U: option('c)', 'Not stated/recorded'),
} as const;
export type Gender = keyof typeof GENDER;

/** Ethnicity codes (CIN census) with Ofsted's option letters; weights are illustrative. */
export const ETHNICITY: ReadonlyArray<readonly [Spellings, number]> = [
  [option('a)', 'WBRI'), 15],
  [option('b)', 'WIRI'), 1],
  [option('c)', 'WIRT'), 0.5],
  [option('d)', 'WOTH'), 7],
  [option('e)', 'WROM'), 0.5],
  [option('f)', 'MWBC'), 2],
  [option('g)', 'MWBA'), 1],
  [option('h)', 'MWAS'), 1],
  [option('i)', 'MOTH'), 4],
  [option('j)', 'AIND'), 1],
  [option('k)', 'APKN'), 1],
  [option('l)', 'ABAN'), 38],
  [option('m)', 'AOTH'), 3],
  [option('n)', 'BCRB'), 2],
  [option('o)', 'BAFR'), 7],
  [option('p)', 'BOTH'), 3],
  [option('q)', 'CHNE'), 0.5],
  [option('r)', 'OOTH'), 5],
  [option('s)', 'NOBT'), 6.5],
];
/** Unaccompanied asylum-seeking children's backgrounds. */
export const ETHNICITY_UASC: ReadonlyArray<readonly [Spellings, number]> = [
  [option('r)', 'OOTH'), 40],
  [option('m)', 'AOTH'), 30],
  [option('o)', 'BAFR'), 25],
  [option('s)', 'NOBT'), 5],
];

export const DISABILITY = { Y: YES, N: NO, U: UNKNOWN } as const;
export type Disability = keyof typeof DISABILITY;

/** Contact and referral sources (CIN census source codes). */
export const SOURCES: ReadonlyArray<readonly [Spellings, number]> = [
  [['a) 1A: Individual', '1A: Individual'], 5],
  [['b) 1B: Individual', '1B: Individual'], 1.5],
  [['c) 1C: Individual', '1C: Individual'], 1.5],
  [['d) 1D: Individual', '1D: Individual'], 1],
  [['e) 2A: Schools', '2A: Schools'], 19],
  [['f) 2B: Education services', '2B: Education services'], 3],
  [['g) 3A: Health services', '3A: Health services'], 3],
  [['h) 3B: Health services', '3B: Health services'], 3],
  [['i) 3C: Health services', '3C: Health services'], 1],
  [['j) 3D: Health services', '3D: Health services'], 3],
  [['k) 3E: Health services', '3E: Health services'], 4],
  [['l) 3F: Health services', '3F: Health services'], 2],
  [['m) 4: Housing', '4: Housing'], 3],
  [['n) 5A: LA services', '5A: LA services'], 4],
  [['o) 5B: LA services', '5B: LA services'], 3],
  [['p) 5C: LA services', '5C: LA services'], 2],
  [['p1) 5D: LA services', '5D: LA services'], 3],
  [['q) 6: Police', '6: Police'], 29],
  [['r) 7: Other legal agency', '7: Other legal agency'], 4],
  [['s) 8: Other', '8: Other'], 5],
  [['t) 9: Anonymous', '9: Anonymous'], 1.5],
  [['u) 10: Unknown', '10: Unknown'], 0.5],
];
export const SOURCE_UASC: Spellings = ['p) 5C: LA services', '5C: LA services'];

export const EARLY_HELP_ORGANISATIONS: ReadonlyArray<readonly [string, number]> = [
  ['Early Help Hub', 35],
  ['Family Wellbeing Service', 20],
  ['School', 20],
  ["Children's Centre", 12],
  ['Health Visiting Service', 8],
  ['Youth Service', 5],
];

export const NEED = {
  N1: coded('N1', 'Abuse or neglect', undefined, ' - '),
  N2: coded('N2', "Child's disability", undefined, ' - '),
  N3: coded('N3', 'Parental disability or illness', undefined, ' - '),
  N4: coded('N4', 'Family in acute stress', undefined, ' - '),
  N5: coded('N5', 'Family dysfunction', undefined, ' - '),
  N6: coded('N6', 'Socially unacceptable behaviour', undefined, ' - '),
  N7: coded('N7', 'Low income', undefined, ' - '),
  N8: coded('N8', 'Absent parenting', undefined, ' - '),
  N9: coded('N9', 'Cases other than children in need', undefined, ' - '),
} as const;
export type Need = keyof typeof NEED;
export const NEED_MIX: ReadonlyArray<readonly [Need, number]> = [
  ['N1', 44], ['N2', 7], ['N3', 7], ['N4', 15], ['N5', 17], ['N6', 5], ['N7', 1], ['N8', 3], ['N9', 1],
];

export const CLOSURE = {
  RC1: coded('RC1', 'Adopted', undefined, ' - '),
  RC3: coded('RC3', 'Child arrangements order', undefined, ' - '),
  RC4: coded('RC4', 'Special guardianship order', undefined, ' - '),
  RC5: coded('RC5', 'Transferred to services of another local authority', undefined, ' - '),
  RC6: coded('RC6', 'Transferred to adult social care services', undefined, ' - '),
  RC7: coded('RC7', 'Services ceased for any other reason, including child no longer in need', undefined, ' - '),
  RC8: coded('RC8', 'Case closed after assessment, no further action', undefined, ' - '),
  RC9: coded('RC9', 'Case closed after assessment, referred to early help', undefined, ' - '),
} as const;
export type Closure = keyof typeof CLOSURE;

export const CASE_STATUS = {
  cla: option('a)', 'Looked after child'),
  cp: option('b)', 'Child Protection plan'),
  cin: option('c)', 'Child in need plan'),
  assessment: option('d)', 'Open assessment'),
  closed: option('e)', 'Closed episode'),
} as const;

export const ABUSE = {
  NEG: option('a)', 'Neglect'),
  PHY: option('b)', 'Physical abuse'),
  SAB: option('c)', 'Sexual abuse'),
  EMO: option('d)', 'Emotional abuse'),
  MUL: option('e)', 'Multiple/not recommended'),
} as const;
export type Abuse = keyof typeof ABUSE;
export const ABUSE_MIX: ReadonlyArray<readonly [Abuse, number]> = [
  ['NEG', 46], ['EMO', 34], ['PHY', 10], ['SAB', 5], ['MUL', 5],
];

export const LEGAL_STATUS = {
  C1: coded('C1', 'ICO'),
  C2: coded('C2', 'FCO'),
  E1: coded('E1', 'Placement order'),
  V2: coded('V2', 'Single period under S20'),
  L1: coded('L1', 'Police protection LA accommodation'),
  L2: coded('L2', 'EPO'),
  J1: coded('J1', 'Remanded to LA or youth detention'),
} as const;
export type LegalStatus = keyof typeof LEGAL_STATUS;

export const PLACEMENT_TYPE = {
  U1: coded('U1', 'Foster placement - relatives - long term', 'a)'),
  U3: coded('U3', 'Foster placement - relative - not FFA', 'c)'),
  U4: coded('U4', 'Foster placement - long term', 'd)'),
  U5: coded('U5', 'Foster placement - FFA', 'e)'),
  U6: coded('U6', 'Foster placement - not FFA', 'f)'),
  A5: coded('A5', 'Placed for adoption - order - foster', 'i)'),
  A6: coded('A6', 'Placed for adoption - order - not foster', 'j)'),
  P1: coded('P1', 'Placed with parents', 'k)'),
  H5: coded('H5', 'Residential accommodation', 'n)'),
  K2: coded('K2', "Children's Homes", 'p)'),
  R3: coded('R3', 'Family Centre or Mother and Baby Unit', 's)'),
} as const;
export type PlacementType = keyof typeof PLACEMENT_TYPE;

export const PROVIDER = {
  PR0: coded('PR0', 'Parents/Parental responsibility', 'a)'),
  PR1: coded('PR1', 'Own provision', 'b)'),
  PR2: coded('PR2', 'Other LA provision', 'c)'),
  PR4: coded('PR4', 'Private provision', 'e)'),
  PR5: coded('PR5', 'Voluntary/third sector', 'f)'),
} as const;
export type Provider = keyof typeof PROVIDER;

export const PLACEMENT_LOCATION = { In: ['In', 'a) In'], Out: ['Out', 'b) Out'] } as const;

export const REASON_CEASED = {
  E11: coded('E11', 'Adopted - application unopposed', 'a)'),
  E12: coded('E12', 'Adopted - consent dispensed', 'b)'),
  E3: coded('E3', 'Care taken by another LA', 'd)'),
  E4A: coded('E4A', 'Returned home to live with parents or relatives - part of planning', 'e)'),
  E4B: coded('E4B', 'Returned home to live with parents or relatives - not part of planning', 'f)'),
  E13: coded('E13', 'Parents, relatives or other with no parental responsibility', 'g)'),
  E41: coded('E41', 'Residence order granted', 'h)'),
  E45: coded('E45', 'Special Guardianship Orders - former carer relative/friend', 'i)'),
  E47: coded('E47', 'Special Guardianship Orders - relative/friend', 'k)'),
  E5: coded('E5', 'Moved into independent living - supported', 'm)'),
  E6: coded('E6', 'Moved into independent living - no support', 'n)'),
  E7: coded('E7', 'Transferred to residential care funded by adult social services', 'o)'),
  E8: coded('E8', 'Care ceased for any other reason', 't)'),
} as const;
export type ReasonCeased = keyof typeof REASON_CEASED;

export const PERMANENCE = {
  home: option('a)', 'Return to family'),
  adoption: option('b)', 'Adoption'),
  sgo: option('c)', 'SGO/CAO'),
  supported: option('d)', 'Supported living in the community'),
  residential: option('e)', 'Long-term residential placement'),
  fostering: option('f)', 'Long-term fostering'),
  other: option('g)', 'other'),
} as const;
export type Permanence = keyof typeof PERMANENCE;

export const ELIGIBILITY = {
  relevant: option('a)', 'Relevant child'),
  formerRelevant: option('b)', 'Former relevant child'),
  qualifying: option('c)', 'Qualifying care leaver'),
} as const;
export type Eligibility = keyof typeof ELIGIBILITY;

export const IN_TOUCH = {
  YES: YES,
  NO: NO,
  REFU: ['Refu', 'd) Refu'],
  NREQ: ['NREQ', 'e) NREQ'],
  RHOM: ['Rhom', 'f) Rhom'],
} as const;
export type InTouch = keyof typeof IN_TOUCH;

/** Care leavers' accommodation (SSDA903) and whether such a place is usually suitable. */
export const ACCOMMODATION = {
  B: coded('B', 'Parents/relatives'),
  C: coded('C', 'Community home/residential care'),
  D: coded('D', 'Semi-independent, transitional accommodation and self-contained accommodation'),
  E: coded('E', 'Supported lodgings'),
  K: coded('K', 'Ordinary lodgings, without formal support'),
  R: coded('R', 'Residence not known'),
  S: coded('S', 'No fixed abode/homeless'),
  T: coded('T', 'Foyers and similar supported accommodation'),
  U: coded('U', 'Independent living'),
  V: coded('V', 'Emergency accommodation'),
  W: coded('W', 'Bed and breakfast'),
  X: coded('X', 'In custody'),
  Z: coded('Z', 'With former foster carers'),
} as const;
export type Accommodation = keyof typeof ACCOMMODATION;
export const SUITABLE_ACCOMMODATION: ReadonlyArray<readonly [Accommodation, number]> = [
  ['U', 30], ['D', 28], ['Z', 12], ['B', 10], ['E', 8], ['T', 6], ['C', 3], ['K', 3],
];
export const UNSUITABLE_ACCOMMODATION: ReadonlyArray<readonly [Accommodation, number]> = [
  ['W', 25], ['S', 20], ['V', 20], ['X', 20], ['K', 15],
];
export const SUITABILITY = { Suitable: ['Suitable', 'a) Suitable'], Unsuitable: ['Unsuitable', 'b) Unsuitable'] } as const;

export const ACTIVITY = {
  F1: coded('F1', 'Full time in higher education'),
  P1: coded('P1', 'Part time in higher education'),
  F2: coded('F2', 'Full time in education other than higher'),
  P2: coded('P2', 'Part time in education other than higher'),
  F3: coded('F3', 'Full time in training or employment'),
  P3: coded('P3', 'Part time in training or employment'),
  F4: coded('F4', 'Young person engaged full time in an apprenticeship'),
  P4: coded('P4', 'Young person engaged part time in an apprenticeship'),
  F5: coded('F5', 'Young person engaged full time in training or employment (not apprenticeship)'),
  P5: coded('P5', 'Young person engaged part time in training or employment (not apprenticeship)'),
  G4: coded('G4', 'Not in education, employment or training - illness or disability'),
  G5: coded('G5', 'Not in education, employment or training - other'),
  G6: coded('G6', 'Not in education, employment or training - pregnancy or parenting'),
} as const;
export type Activity = keyof typeof ACTIVITY;
export const EET_ACTIVITY: ReadonlyArray<readonly [Activity, number]> = [
  ['F1', 14], ['P1', 2], ['F2', 30], ['P2', 8], ['F3', 6], ['P3', 6], ['F4', 6], ['P4', 2], ['F5', 18], ['P5', 8],
];
export const NEET_ACTIVITY: ReadonlyArray<readonly [Activity, number]> = [['G4', 20], ['G5', 62], ['G6', 18]];

export const NO_LONGER_ADOPTION = {
  RD1: coded('RD1', "The child's needs changed subsequent to the decision", undefined, ' - '),
  RD2: coded('RD2', 'The Court did not make a placement order', undefined, ' - '),
  RD3: coded('RD3', 'Prospective adopters could not be found', undefined, ' - '),
  RD4: coded('RD4', 'Any other reason', undefined, ' - '),
} as const;
export type NoLongerAdoption = keyof typeof NO_LONGER_ADOPTION;

export const ADOPTER_LEFT = {
  '1': ['1 - Adopter withdrew from process', '1'],
  '2': ['2 - Process put on hold', '2'],
  '3': ['3 - Application refused', '3'],
} as const;
export type AdopterLeft = keyof typeof ADOPTER_LEFT;

/** Placement areas: the council's own postcode districts and other councils it places in. */
export const HOME_DISTRICTS = ['E1', 'E1W', 'E2', 'E3', 'E14'];
export const OUT_OF_AREA: ReadonlyArray<readonly [string, readonly string[], number]> = [
  ['Newham', ['E6', 'E13', 'E15', 'E16'], 14],
  ['Hackney', ['E5', 'E8', 'E9'], 8],
  ['Redbridge', ['IG1', 'IG4', 'IG6'], 8],
  ['Barking and Dagenham', ['RM8', 'RM9', 'IG11'], 8],
  ['Havering', ['RM1', 'RM3', 'RM7'], 6],
  ['Waltham Forest', ['E4', 'E10', 'E17'], 6],
  ['Essex', ['CM1', 'CM2', 'SS14', 'CO1'], 16],
  ['Kent', ['ME5', 'DA1', 'CT1', 'TN1'], 14],
  ['Thurrock', ['RM16', 'RM17'], 5],
  ['Medway', ['ME1', 'ME4'], 5],
  ['Southend-on-Sea', ['SS1', 'SS2'], 4],
  ['Hertfordshire', ['EN8', 'AL1', 'SG1'], 6],
];

/** Names used for the home council in "LA of Placement" (other codes get a neutral label). */
export const COUNCIL_NAMES: Readonly<Record<string, string>> = { '211': 'Tower Hamlets' };
