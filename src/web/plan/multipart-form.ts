// Multipart forms (file uploads) with the same CSRF protection as every other form (src/web/csrf.ts):
// a forged upload is refused without being read.
import type { FastifyRequest } from 'fastify';
import { Refused } from '../access.ts';
import { assertCsrfToken } from '../csrf.ts';

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
      assertCsrfToken(request, fields._csrf);
      checked = true;
    }
    if (!part.filename) { part.file.resume(); continue; }   // the file box left empty
    const chunks: Buffer[] = [];
    for await (const chunk of part.file) chunks.push(chunk as Buffer);
    if (part.file.truncated) fileTooLarge = true;
    else file = { name: part.filename, bytes: new Uint8Array(Buffer.concat(chunks)) };
  }
  if (!checked) assertCsrfToken(request, fields._csrf);
  return { fields, file, fileTooLarge };
}
