// Every route declares who may use it in its `config.access`; one hook enforces it. A route that
// declares nothing cannot be registered, so the role × route matrix covers every route.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { can, isRole, type Permission, type Role } from '../domain/roles/roles.ts';

export type Access = 'public' | 'signed-in' | Permission;

export interface SessionUser {
  id: number;
  name: string;
  email: string;
  role: Role;
  councils: string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    user: SessionUser | null;
  }
  interface Session {
    userId?: number;
    lastSeen?: number;
  }
}

export class Refused extends Error {
  constructor(public reason: string, public statusCode = 403) {
    super(reason);
  }
}

export interface DeclaredRoute {
  method: string;
  url: string;
  access: Access;
}

/** Installs the access check; returns the list of every route and its access, filled as routes register. */
export function registerAccessControl(app: FastifyInstance): DeclaredRoute[] {
  const declared: DeclaredRoute[] = [];
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/assets/')) return;          // static files: GOV.UK Frontend's and ours
    const access = (route.config as any)?.access as Access | undefined;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') declared.push({ method, url: route.url, access });
  });

  app.addHook('preHandler', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (!access || access === 'public') return;
    if (!request.user) {
      const back = request.method === 'GET' ? `?returnTo=${encodeURIComponent(request.url)}` : '';
      return reply.redirect(`/sign-in${back}`);
    }
    if (access !== 'signed-in' && !can(request.user.role, access)) {
      throw new Refused('Your role does not give you access to this page.');
    }
    const la = (request.params as Record<string, string> | undefined)?.la;
    if (la !== undefined) assertCouncil(request, la);
  });
  return declared;
}

/** Refuses a council the user has not been granted (capability 12). */
export function assertCouncil(request: FastifyRequest, laCode: string): void {
  if (!request.user || !request.user.councils.includes(laCode)) {
    throw new Refused('You do not have access to this council\'s records.');
  }
}

export function currentUser(request: FastifyRequest): SessionUser {
  if (!request.user) throw new Refused('Sign in to continue.', 401);
  return request.user;
}

export function actorOf(request: FastifyRequest) {
  const u = currentUser(request);
  return { userId: u.id, label: u.name };
}

export function hasRole(value: unknown): value is Role {
  return isRole(value);
}

export type { FastifyReply };
