// A signed-in "browser" for route tests over fastify.inject: keeps the session cookie and reads the
// CSRF token from the page like a real form would.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Database } from '../../src/db/database.ts';
import type { Config } from '../../src/config/config.ts';
import { buildApp } from '../../src/web/app.ts';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0, host: '127.0.0.1', dataDir: '/tmp', sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies-123',
    sessionIdleMinutes: 30, demo: true, maxUploadBytes: 50 * 1024 * 1024, secureCookies: false,
    signInLimitPerMinute: 10_000, today: null, logLevel: 'silent', ...overrides,
  };
}

export async function testApp(db: Database, overrides: Partial<Config> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ db, config: testConfig(overrides) });
  await app.ready();
  return app;
}

export class Client {
  private cookie = '';
  constructor(private app: FastifyInstance) {}

  private remember(res: LightMyRequestResponse) {
    const set = res.headers['set-cookie'];
    for (const c of [set ?? []].flat()) {
      const [pair] = c.split(';');
      if (pair.startsWith('uplift_session=')) this.cookie = pair;
    }
    return res;
  }

  async get(url: string) {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookie } }));
  }

  /** Posts a form, with the CSRF token of `tokenFrom` (a page showing a form) unless one is given. */
  async post(url: string, form: Record<string, string | string[]>, opts: { tokenFrom?: string; csrf?: string | null } = {}) {
    const csrf = opts.csrf !== undefined ? opts.csrf : await this.csrfToken(opts.tokenFrom ?? '/account');
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const x of [v].flat()) body.append(k, x);
    if (csrf) body.append('_csrf', csrf);
    return this.remember(await this.app.inject({ method: 'POST', url, payload: body.toString(),
      headers: { cookie: this.cookie, 'content-type': 'application/x-www-form-urlencoded' } }));
  }

  /** Posts multipart/form-data: fields in order, then one file (as a browser sends the import form). */
  async postMultipart(url: string, fields: Record<string, string>, file: { field: string; name: string; content: Buffer | string } | null) {
    const boundary = '----uplift' + Math.random().toString(16).slice(2);
    const parts: Buffer[] = [];
    for (const [k, v] of Object.entries(fields)) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
    }
    if (file) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n'), Buffer.from(file.content), Buffer.from('\r\n'));
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`));
    return this.remember(await this.app.inject({ method: 'POST', url, payload: Buffer.concat(parts),
      headers: { cookie: this.cookie, 'content-type': `multipart/form-data; boundary=${boundary}` } }));
  }

  async csrfToken(page: string): Promise<string> {
    const res = await this.get(page);
    const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
    if (!m) throw new Error(`No CSRF token on ${page} (status ${res.statusCode})`);
    return m[1];
  }

  async signIn(email: string, password: string) {
    const res = await this.post('/sign-in', { email, password }, { tokenFrom: '/sign-in' });
    if (res.statusCode !== 302) throw new Error(`Sign-in as ${email} failed: ${res.statusCode}`);
    return res;
  }
}
