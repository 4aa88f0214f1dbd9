// Multipart forms (file uploads) with the same CSRF protection as every other form. The token is the
// form's first field, before the file, so it is checked before a byte of the file is accepted: a
// forged upload is refused without being read. The check is @fastify/csrf's, with the secret that
// @fastify/csrf-protection keeps in the session (src/web/app.ts registers it with the defaults, so a
// token made for any page's form verifies here).
import type { FastifyRequest } from 'fastify';
import Tokens from '@fastify/csrf';
import { Refused } from '../access.ts';

const tokens = Tokens();

export function csrfTokenValid(request: FastifyRequest, token: unknown): boolean {
  const secret = (request.session as unknown as Record<string, unknown> | undefined)?._csrf;
  return typeof secret === 'string' && typeof token === 'string' && token.length < 200 && tokens.verify(secret, token);
}

/** The same error @fastify/csrf-protection raises, so the application answers it the same way (403). */
function forged(): Error {
  return Object.assign(new Error('Invalid csrf token'), { code: 'FST_CSRF_INVALID_TOKEN', statusCode: 403 });
}

export interface MultipartForm {
  fields: Record<string, string>;
  file: { name: string; bytes: Uint8Array } | null;
  fileTooLarge: boolean;
}

export async function readMultipartForm(request: FastifyRequest, maxFileBytes: number): Promise<MultipartForm> {
  if (!request.isMultipart()) throw new Refused('Send the form from its page in Uplift, with the file chosen there.', 400);
  const fields: Record<string, string> = {};
  let file: MultipartForm['file'] = null;
  let fileTooLarge = false;
  let checked = false;
  // throwFileSizeLimit: false (also the plugin's setting): a file over the limit is cut short and flagged.
  const parts = request.parts({ limits: { fileSize: maxFileBytes, files: 1, fields: 30, fieldSize: 20_000, parts: 32 },
    throwFileSizeLimit: false } as Parameters<FastifyRequest['parts']>[0]);
  for await (const part of parts) {
    if (part.type === 'field') {
      if (typeof part.value === 'string') fields[part.fieldname] = part.value;
      continue;
    }
    if (!checked) {
      if (!csrfTokenValid(request, fields._csrf)) throw forged();
      checked = true;
    }
    if (!part.filename) { part.file.resume(); continue; }   // the file box left empty
    const chunks: Buffer[] = [];
    for await (const chunk of part.file) chunks.push(chunk as Buffer);
    if (part.file.truncated) fileTooLarge = true;
    else file = { name: part.filename, bytes: new Uint8Array(Buffer.concat(chunks)) };
  }
  if (!checked && !csrfTokenValid(request, fields._csrf)) throw forged();
  return { fields, file, fileTooLarge };
}
