// A small, hand-made Annex A extract as a zip of CSV files, for the import screens' tests.
import JSZip from 'jszip';

const PERSON = 'Child Unique ID,Gender,Ethnicity,Date of Birth,Age of Child (Years),Does the Child have a Disability';

export const LISTS: Record<string, string> = {
  'List 4 - Assessments.csv': [
    `${PERSON},Continuous Assessment Start Date,Child Seen During Continuous Assessment,Continuous Assessment Date of Authorisation,Was the child assessed as requiring LA children's social care support?,Allocated Team,Allocated Worker`,
    'C1,Male,WBRI,01/02/2010,8,No,01/02/2018,Yes,01/03/2018,Yes,Team A,Worker 1',
    'C2,Female,WBRI,01/02/2012,6,No,01/01/2018,Yes,30/03/2018,Yes,Team A,Worker 1',
  ].join('\r\n'),
  'List 6 - CIN.csv': [
    `${PERSON},CIN Start Date,Primary Need Code,Date Child Was Last Seen,CIN Closure Date,Reason for Closure,Case Status,Allocated Team,Allocated Worker`,
    'C3,Male,WBRI,01/02/2011,7,No,01/01/2018,N1,20/03/2018,,,Open,Team B,Worker 2',
    'C4,Male,WBRI,01/02/2011,7,No,01/01/2018,N1,01/01/2018,,,Open,Team B,',
  ].join('\r\n'),
  'List 7 - Child protection.csv': [
    `${PERSON},Child Protection Plan Start Date,Date of the Last Statutory Visit,Child Protection Plan End Date,Allocated Team,Allocated Worker`,
    'C6,Female,WBRI,01/02/2015,3,No,01/12/2017,26/03/2018,,Team B,Worker 2',
  ].join('\r\n'),
  'List 8 - Children in care.csv': [
    `${PERSON},Date Started to be Looked After,Date of Last Social Work Visit,Date Ceased to be Looked After,Allocated Team,Allocated Worker`,
    'C1,Male,WBRI,01/02/2010,8,No,01/01/2017,20/03/2018,,Team A,Worker 1',
    'C2,Female,WBRI,01/02/2012,6,No,01/06/2017,01/01/2018,,Team A,Worker 1',
    'C5,Female,WBRI,01/02/2012,6,No,01/06/2017,10/03/2018,,Team A,Worker 2',
  ].join('\r\n'),
};

export async function zipOf(lists: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(lists)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
