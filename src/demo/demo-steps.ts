// The demo's data, area by area, loaded in this order inside one transaction after the council and
// its accounts exist. Each step labels what it invents as illustrative or synthetic.
import type { Queryable } from '../db/database.ts';

export interface DemoStep {
  name: string;
  run(tx: Queryable, laCode: string): Promise<void>;
  /** A step that loads child-level snapshots (skipped when tests ask for the demo without them). */
  childData?: boolean;
}

export const DEMO_STEPS: DemoStep[] = [];
