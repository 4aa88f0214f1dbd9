// Memory stays flat whatever the size: the readers stream. Not a timed test: it checks the design,
// by how many bytes a reader has pulled from a large file when it hands over the first rows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { openInput } from '../../src/ingest/input/open.ts';
import { PERSON, tempDir, type TempDir, zipBytes } from './fixtures.ts';

const ROWS = 200_000;
const MB = 1024 * 1024;

async function firstRows(path: string, name: string, n: number) {
  const input = await openInput(path, name, 1024 * MB);
  try {
    const got: unknown[][] = [];
    reading: for await (const batch of input.sources[0].rows()) {
      for (const row of batch) {
        got.push(row.cells);
        if (got.length === n) break reading;
      }
    }
    return { got, used: input.budget.used };
  } finally {
    input.close();
  }
}

describe('readers stream', () => {
  let dir: TempDir;
  let csvPath: string;
  before(async () => {
    dir = tempDir();
    csvPath = `${dir.path}/list_1.csv`;
    const out = createWriteStream(csvPath);
    out.write(`${[...PERSON, 'Date of Contact'].join(',')}\n`);
    for (let i = 0; i < ROWS; i++) {
      if (!out.write(`C${i},Female,WBRI,01/01/2010,8,01/02/2018\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  });
  after(() => dir.remove());

  test('a large CSV: the first rows arrive having read a small part of the file', async () => {
    const size = statSync(csvPath).size;
    assert.ok(size > 8 * MB, `fixture is ${size} bytes`);
    const { got, used } = await firstRows(csvPath, 'list_1.csv', 3);
    assert.deepEqual(got[2], ['C1', 'Female', 'WBRI', '01/01/2010', '8', '01/02/2018']);
    assert.ok(used < size / 8, `read ${used} of ${size} bytes`);
  });

  test('a large zipped CSV streams as it inflates', async () => {
    const { readFileSync } = await import('node:fs');
    const data = readFileSync(csvPath);
    const zip = dir.file('annex.zip', zipBytes([{ name: 'list_1.csv', data }]));
    const { got, used } = await firstRows(zip, 'annex.zip', 2);
    assert.deepEqual(got[1], ['C0', 'Female', 'WBRI', '01/01/2010', '8', '01/02/2018']);
    assert.ok(used < data.length / 8, `inflated ${used} of ${data.length} bytes`);
  });

  test('a large workbook: one sheet row at a time', async () => {
    const path = `${dir.path}/big.xlsx`;
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: true });
    const ws = wb.addWorksheet('List 1');
    ws.addRow([...PERSON, 'Date of Contact']).commit();
    for (let i = 0; i < ROWS / 2; i++) ws.addRow([`C${i}`, 'Female', 'WBRI', '01/01/2010', 8, '01/02/2018']).commit();
    ws.commit();
    await wb.commit();
    const { got, used } = await firstRows(path, 'big.xlsx', 2);
    assert.deepEqual(got[1], ['C0', 'Female', 'WBRI', '01/01/2010', 8, '01/02/2018']);
    const { ZipArchive } = await import('../../src/ingest/input/zip.ts');
    const zip = await ZipArchive.open(path, 'big.xlsx');
    const sheetSize = zip.entries.get('xl/worksheets/sheet1.xml')!.uncompressedSize;
    zip.close();
    assert.ok(sheetSize > 8 * MB, `sheet is ${sheetSize} bytes`);
    assert.ok(used < sheetSize / 8, `inflated ${used} of ${sheetSize} bytes`);
  });
});
