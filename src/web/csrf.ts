// CSRF for multipart forms (file uploads). The token is the form's first field, before the file, so
// it is checked before a byte of the file is accepted. The check is @fastify/csrf's, with the secret
// that @fastify/csrf-protection keeps in the session (src/web/app.ts), so any page's token verifies.
import type { FastifyRequest } from 'fastify';
import Tokens from '@fastify/csrf';

const tokens = Tokens();

export function csrfTokenValid(request: FastifyRequest, token: unknown): boolean {
  const secret = (request.session as unknown as Record<string, unknown> | undefined)?._csrf;
  return typeof secret === 'string' && typeof token === 'string' && token.length < 200 && tokens.verify(secret, token);
}

/** Throws the error @fastify/csrf-protection raises, so the application answers it the same way (403). */
export function assertCsrfToken(request: FastifyRequest, token: unknown): void {
  if (!csrfTokenValid(request, token)) {
    throw Object.assign(new Error('Invalid csrf token'), { code: 'FST_CSRF_INVALID_TOKEN', statusCode: 403 });
  }
}
