// Helpers for the plan's route tests: multipart posts (file uploads) with the signed-in session, and
// finding demo records by their reference.
import type { Database } from '../../src/db/database.ts';
import { Client } from '../helpers/web.ts';

export interface Upload { field: string; name: string; type: string; bytes: Uint8Array }

export function multipartBody(fields: [string, string][], file: Upload | null): { body: Buffer; contentType: string } {
  const boundary = '----uplift-test-' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of fields) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(Buffer.from(file.bytes));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A signed-in client that can also post multipart forms, the CSRF token first as the pages send it. */
export class PlanClient extends Client {
  async upload(url: string, fields: [string, string][], file: Upload | null, opts: { csrf?: string | null; tokenFrom?: string } = {}) {
    const csrf = opts.csrf !== undefined ? opts.csrf : await this.csrfToken(opts.tokenFrom ?? '/account');
    const all: [string, string][] = csrf ? [['_csrf', csrf], ...fields] : fields;
    const { body, contentType } = multipartBody(all, file);
    const self = this as unknown as { app: any; cookie: string; remember(r: unknown): any };
    return self.remember(await self.app.inject({ method: 'POST', url, payload: body, headers: { cookie: self.cookie, 'content-type': contentType } }));
  }
}

export async function actionId(db: Database, ref: string, la = '211'): Promise<number> {
  const [r] = await db.query<{ id: number }>('SELECT id FROM plan_actions WHERE la_code = $1 AND ref = $2', [la, ref]);
  if (!r) throw new Error(`No action ${ref}`);
  return r.id;
}

export async function recommendationId(db: Database, n: number, la = '211'): Promise<number> {
  const [r] = await db.query<{ id: number }>('SELECT id FROM recommendations WHERE la_code = $1 AND number = $2 ORDER BY id DESC LIMIT 1', [la, n]);
  return r.id;
}

/** The date boxes of a GOV.UK date input, as a form posts them. */
export function dateFields(name: string, iso: string): Record<string, string> {
  return { [`${name}-day`]: String(Number(iso.slice(8))), [`${name}-month`]: String(Number(iso.slice(5, 7))), [`${name}-year`]: iso.slice(0, 4) };
}

export const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').replace(/\s+/g, ' ');
