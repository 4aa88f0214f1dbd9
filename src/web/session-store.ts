// Sessions live in the database (table `sessions`), keyed by the SHA-256 of the session id so a
// leaked database does not hand out live cookies. A session expires after UPLIFT_SESSION_IDLE_MINUTES
// without a request; expired rows are refused on read and swept periodically.
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.ts';

type Cb = (err?: unknown, value?: any) => void;

const key = (sid: string) => createHash('sha256').update(sid).digest('hex');

export class DatabaseSessionStore {
  constructor(private db: Database, private idleMs: number) {}

  set(sid: string, session: any, cb: Cb) {
    const expires = new Date(Date.now() + this.idleMs).toISOString();
    this.db
      .query(`INSERT INTO sessions (sid, data, expires_at) VALUES ($1, $2, $3)
        ON CONFLICT (sid) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at`,
      [key(sid), JSON.stringify(session), expires])
      .then(() => cb(), cb);
  }

  get(sid: string, cb: Cb) {
    this.db
      .query('SELECT data FROM sessions WHERE sid = $1 AND expires_at > now()', [key(sid)])
      .then((rows) => cb(null, rows[0]?.data ?? null), cb);
  }

  destroy(sid: string, cb: Cb) {
    this.db.query('DELETE FROM sessions WHERE sid = $1', [key(sid)]).then(() => cb(), cb);
  }

  async sweep(): Promise<void> {
    await this.db.query('DELETE FROM sessions WHERE expires_at <= now()');
  }
}
