// Each area can add a panel to the home pages of the roles it concerns (what is due, my actions...).
import type { Queryable } from '../../db/database.ts';
import type { Role } from '../../domain/roles/roles.ts';
import type { SessionUser } from '../access.ts';

export interface HomePanel {
  order: number;
  roles: readonly Role[];
  /** Returns the panel's template and its data, or null when it has nothing to show. */
  load(db: Queryable, user: SessionUser): Promise<{ template: string; data: Record<string, unknown> } | null>;
}

export const homePanels: HomePanel[] = [];

export function addHomePanel(panel: HomePanel) {
  homePanels.push(panel);
  homePanels.sort((a, b) => a.order - b.order);
}
