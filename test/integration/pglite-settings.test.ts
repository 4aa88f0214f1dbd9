// PGlite's memory setting (src/db/database.ts PGLITE_SHARED_BUFFERS_MB): given through the
// configuration, the default otherwise, and the data folder's postgresql.conf left as initdb wrote it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, PGLITE_SHARED_BUFFERS_MB } from '../../src/db/database.ts';

test('shared_buffers on PGlite: the configured size, else the default; postgresql.conf is not rewritten', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'uplift-pglite-settings-'));
  try {
    const first = await openDatabase({ dataDir: dir, pgliteSharedBuffersMb: 8 });
    assert.deepEqual(await first.query('SHOW shared_buffers'), [{ shared_buffers: '8MB' }]);
    await first.close();
    assert.match(readFileSync(join(dir, 'pglite', 'postgresql.conf'), 'utf8'), /^timezone = /m);
    const again = await openDatabase({ dataDir: dir });
    assert.deepEqual(await again.query('SHOW shared_buffers'), [{ shared_buffers: `${PGLITE_SHARED_BUFFERS_MB}MB` }]);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
