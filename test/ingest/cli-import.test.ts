// `uplift import`: a summary on success; on errors each problem on stderr as
// `file, list N, row R, column "C": reason`, exit code 1 and nothing stored. Runs on the embedded
// database in a temporary data folder, as a council's officer would from the command line.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { importCommand } from '../../src/cli/commands/import.ts';
import { UsageError } from '../../src/cli/command.ts';
import { openPglite } from '../../src/db/database.ts';
import { migrate } from '../../src/db/migrate.ts';
import { addCouncil, csv, PERSON, tempDir, type TempDir } from './fixtures.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('uplift import', () => {
  let dir: TempDir;
  const saved = { data: process.env.UPLIFT_DATA_DIR, url: process.env.DATABASE_URL };

  before(async () => {
    dir = tempDir();
    process.env.UPLIFT_DATA_DIR = `${dir.path}/data`;
    mkdirSync(`${dir.path}/data`);
    delete process.env.DATABASE_URL;
    const db = await openPglite(`${dir.path}/data/pglite`);
    await migrate(db);
    await addCouncil(db);
    await db.close();
  });
  after(() => {
    if (saved.data === undefined) delete process.env.UPLIFT_DATA_DIR;
    else process.env.UPLIFT_DATA_DIR = saved.data;
    if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
    dir.remove();
  });

  const header = [...PERSON, 'Date of Contact'];

  test('imports and prints rows per list and the warnings', async () => {
    dir.file('ok/list_1.csv', csv([header, ['A1', 'Male', 'WBRI', '01/01/2010', '8', '01/02/2018'],
      ['A2', 'Male', 'WBRI', '01/01/2010', '9', '01/02/2018']]));
    dir.file('ok/list_3.csv', csv([[...PERSON, 'Date of referral'], ['A1', 'Male', 'WBRI', '01/01/2010', '8', '02/02/2018']]));
    const c = capture();
    const code = await importCommand.run([`${dir.path}/ok`, '--council', '211', '--as-at', '2018-03-31'], c.io);
    assert.equal(code, 0, c.err.join('\n'));
    assert.deepEqual(c.err, []);
    assert.equal(c.out.join('\n'), [
      'Imported snapshot 1: as at 2018-03-31, period 2017-10-01 to 2018-03-31.',
      '  List 1 Contacts: 2 rows',
      '  List 3 Referrals: 1 row',
      'Warnings: 1',
      '  list_1.csv, list 1, row 3, column "Age of Child (Years)": Does not match Date of Birth: the age at the as-at date 31/03/2018 is different',
    ].join('\n'));
  });

  test('on errors prints each on stderr, exits 1 and stores nothing', async () => {
    dir.file('bad/list_1.csv', csv([header, ['A1', 'Male', 'WBRI', '31/02/2010', '8', '01/02/2018'],
      ['', 'Male', 'WBRI', '01/01/2010', '8', '01/02/2018']]));
    const c = capture();
    const code = await importCommand.run([`${dir.path}/bad`, '--council', '211', '--as-at', '2018-03-31',
      '--period-start', '2018-01-01', '--max-mb', '5'], c.io);
    assert.equal(code, 1);
    assert.deepEqual(c.out, []);
    assert.deepEqual(c.err, [
      'list_1.csv, list 1, row 2, column "Date of Birth": Not a real calendar date (day/month/year)',
      'list_1.csv, list 1, row 3, column "Child Unique ID": Required, but blank',
      'Nothing was stored: 2 errors.',
    ]);
    const db = await openPglite(`${dir.path}/data/pglite`);
    try {
      const [n] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM snapshots');
      assert.equal(n.n, 1, 'only the first test\'s snapshot');
    } finally {
      await db.close();
    }
  });

  test('refuses bad usage before touching the database', async () => {
    const c = capture();
    await assert.rejects(importCommand.run(['x.csv', '--as-at', '2018-03-31'], c.io), UsageError);
    await assert.rejects(importCommand.run(['x.csv', '--council', '211', '--as-at', '31/03/2018'], c.io),
      /--as-at needs a date YYYY-MM-DD/);
    await assert.rejects(importCommand.run(['--council', '211', '--as-at', '2018-03-31'], c.io), /Give one PATH/);
    await assert.rejects(importCommand.run(['x.csv', '--council', '211', '--as-at', '2018-03-31', '--max-mb', '0'], c.io),
      /--max-mb needs a positive number/);
  });
});
