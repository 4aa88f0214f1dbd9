// The demo's data, area by area, loaded in this order inside one transaction after the council and
// its accounts exist. Each step labels what it invents as illustrative or synthetic.
import type { Queryable } from '../db/database.ts';
import { seedPlan } from './plan-seed.ts';
import { seedPerformanceSettings } from './performance-seed.ts';
import { interventionDemoStep } from './intervention-seed.ts';

export interface DemoStep {
  name: string;
  run(tx: Queryable, laCode: string): Promise<void>;
}

export const DEMO_STEPS: DemoStep[] = [
  interventionDemoStep,
  { name: 'illustrative population and indicator targets', run: seedPerformanceSettings },
  // After the intervention register's step: it needs the inspection and its findings (and loads them itself if absent).
  { name: 'illustrative improvement plan', run: seedPlan },
];
