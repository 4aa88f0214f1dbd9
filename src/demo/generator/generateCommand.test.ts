import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { UsageError } from '../../cli/command.ts';
import { generateCommand } from '../../cli/commands/generate.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

describe('uplift generate', () => {
  const dirs: string[] = [];
  after(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const tempDir = async () => {
    const d = await mkdtemp(join(tmpdir(), 'uplift-generate-'));
    dirs.push(d);
    return d;
  };

  it('writes the CSV files and says how many rows each list has', async () => {
    const dir = await tempDir();
    const { io, out } = capture();
    const code = await generateCommand.run(['--council', '211', '--as-at', '2018-08-31', '--scale', '0.05', '--out', dir, '--seed', '9'], io);
    assert.equal(code, 0);
    const files = (await readdir(dir)).sort();
    assert.equal(files.length, 11);
    const text = out.join('\n');
    assert.match(text, /council 211 as at 2018-08-31/);
    const contacts = (await readFile(join(dir, 'List 1 - Contacts.csv'), 'utf8')).trimEnd().split('\r\n').length - 1;
    assert.match(text, new RegExp(`List 1 - Contacts\\.csv\\s+${contacts.toLocaleString('en-GB')} rows`));
    assert.match(text, /Seed 9\. All data is synthetic\./);
  });

  it('writes a folder per month end with --through, and can leave out adopters', async () => {
    const dir = await tempDir();
    const { io, out } = capture();
    const code = await generateCommand.run(
      ['--council', '211', '--as-at', '2018-10-31', '--through', '2018-12-31', '--scale', '0.05', '--out', dir, '--no-adopters'],
      io,
    );
    assert.equal(code, 0);
    assert.deepEqual((await readdir(dir)).sort(), ['2018-10-31', '2018-11-30', '2018-12-31']);
    assert.equal((await readdir(join(dir, '2018-11-30'))).length, 10);
    assert.match(out.join('\n'), /3 extracts/);
  });

  it('refuses bad arguments with a clear message', async () => {
    const dir = await tempDir();
    const base = ['--council', '211', '--as-at', '2018-08-31', '--scale', '1', '--out', dir];
    const refuse = (args: string[], message: RegExp) => assert.rejects(generateCommand.run(args, capture().io), (e: Error) => e instanceof UsageError && message.test(e.message));
    await refuse(base.filter((_, i) => i > 1), /--council is required/);
    await refuse(base.slice(0, 6), /--out is required/);
    await refuse([...base.slice(0, 2), '--as-at', '31/08/2018', ...base.slice(4)], /as-at date must be a date YYYY-MM-DD/);
    await refuse([...base.slice(0, 4), '--scale', 'big', ...base.slice(6)], /--scale must be a number/);
    await refuse([...base.slice(0, 4), '--scale', '0', ...base.slice(6)], /scale must be a number above 0/);
    await refuse(['--council', '21', ...base.slice(2)], /three digits/);
    await refuse([...base, '--seed', '-3'], /--seed must be a whole number/);
    await refuse([...base, '--through', '2018-01-31'], /--through must not be before --as-at/);
    await refuse([...base, '--colour', 'red'], /Unknown option --colour/);
    await refuse([...base, 'extra'], /Unexpected argument "extra"/);
    assert.deepEqual(await readdir(dir), [], 'nothing written');
  });
});
