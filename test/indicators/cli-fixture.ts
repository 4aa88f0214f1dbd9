// A small Annex A extract as CSV files, for the command-line tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PERSON = 'Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years)';
export const LIST_1 = [
  `${PERSON},Date of Contact,Contact Source`,
  'A1,Male,WBRI,01/01/2010,8,15/01/2018,1A',
  'A1,Male,WBRI,01/01/2010,8,15/01/2018,1A',     // row 3: exact duplicate of row 2
  'A2,Female,WBRI,01/02/2011,6,30/09/2017,1A',    // before the period
].join('\n');
export const LIST_4 = [
  `${PERSON},Does the Child have a Disability,Continuous Assessment Start Date,Child Seen During Continuous Assessment,` +
    `Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children's social care support?,Allocated Team,Allocated Worker`,
  'B1,Male,WBRI,01/01/2010,8,No,22/12/2017,Yes,28/02/2018,Yes,Team A,Ann',   // 45 working days
  'B2,Male,WBRI,01/01/2010,8,No,22/12/2017,No,01/03/2018,No,Team A,Ann',     // 46
  'B3,Male,WBRI,01/01/2010,8,No,10/01/2018,Yes,05/01/2018,No,Team A,Ann',    // row 4: authorised before it started
].join('\n');

export function csvFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'uplift-indicators-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text + '\n');
  return dir;
}
