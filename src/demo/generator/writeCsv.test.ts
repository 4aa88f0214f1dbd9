import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Papa from 'papaparse';
import { generateAnnexA } from './generate.ts';
import { csvCell, writeAnnexACsv } from './writeCsv.ts';

describe('writeAnnexACsv', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('writes one CSV per list that reads back with the same headers, rows and cells', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'uplift-annex-a-'));
    dirs.push(dir);
    const g = generateAnnexA({ laCode: '211', asAt: '2018-12-31', scale: 0.1, seed: 3 });
    const written = await writeAnnexACsv(g, join(dir, 'out'));
    const files = (await readdir(join(dir, 'out'))).sort();
    assert.equal(files.length, 11);
    for (const f of files) assert.match(f, /^list[\s_-]*(\d+)(?!\d)/i);
    assert.ok(files.includes('List 1 - Contacts.csv'));
    for (const w of written) {
      const list = g.lists.find((l) => l.list === w.list)!;
      const text = await readFile(w.file, 'utf8');
      const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
      assert.deepEqual(parsed.errors, []);
      assert.deepEqual(parsed.data[0], [...list.headers], `list ${w.list} headers`);
      assert.equal(parsed.data.length - 1, list.rows.length, `list ${w.list} rows`);
      assert.equal(w.rows, list.rows.length);
      assert.deepEqual(parsed.data.slice(1), list.rows, `list ${w.list} cells`);
    }
  });

  it('quotes cells with commas, quotes and edge spaces only', () => {
    assert.equal(csvCell('N1 - Abuse or neglect'), 'N1 - Abuse or neglect');
    assert.equal(csvCell('Semi-independent, transitional'), '"Semi-independent, transitional"');
    assert.equal(csvCell("Child's 'Missing'"), "Child's 'Missing'");
    assert.equal(csvCell('say "no"'), '"say ""no"""');
    assert.equal(csvCell(' x'), '" x"');
    assert.equal(csvCell(''), '');
  });
});
