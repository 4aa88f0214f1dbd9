// The service navigation: each area adds its entry when it registers, naming the permission it needs.
import type { Permission } from '../domain/roles/roles.ts';
import { can } from '../domain/roles/roles.ts';
import type { SessionUser } from './access.ts';

export interface NavEntry {
  label: string;
  order: number;
  permission: Permission | 'signed-in';
  /** The link for a council; `null` when the entry is not council-specific. */
  href(laCode: string): string;
  /** Which paths count as "this section" for aria-current. */
  prefix(laCode: string): string;
}

export class Navigation {
  private entries: NavEntry[] = [];

  add(entry: NavEntry) {
    this.entries.push(entry);
    this.entries.sort((a, b) => a.order - b.order);
  }

  itemsFor(user: SessionUser | null, currentPath: string, laCode: string | null) {
    if (!user) return [];
    const la = laCode ?? user.councils[0] ?? '';
    return this.entries
      .filter((e) => e.permission === 'signed-in' || can(user.role, e.permission))
      .map((e) => ({ text: e.label, href: e.href(la), active: currentPath.startsWith(e.prefix(la)) }));
  }
}
