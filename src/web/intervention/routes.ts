// Issue 4's screens: the intervention register (inspections and recommendations, Directions with
// their clauses, terms of reference, Advisers and logs, monitoring visits and findings), the
// statutory calendar, the Adviser's reviews and the DfE's cross-council overview, and the calendar on
// every role's home page. Council records live under /c/:la/..., so the access hook keeps each user to
// the councils granted to them; every record fetched by id is also read by la_code (another council's
// id is not found). Reading needs council.read; the register is changed with register.edit (officers,
// administrators) and the reviews with reviews.edit (the Adviser). The repository audits every change.
import type { FastifyInstance } from 'fastify';
import { registerRoutes } from './register-routes.ts';
import { inspectionRoutes } from './inspection-routes.ts';
import { recommendationRoutes } from './recommendation-routes.ts';
import { directionRoutes } from './direction-routes.ts';
import { directionPartRoutes } from './direction-part-routes.ts';
import { logRoutes } from './log-routes.ts';
import { monitoringRoutes } from './monitoring-routes.ts';
import { findingRoutes } from './finding-routes.ts';
import { reviewRoutes } from './review-routes.ts';
import { calendarRoutes } from './calendar-routes.ts';
import { calendarRecordRoutes } from './calendar-record-routes.ts';
import { overviewRoutes } from './overview-routes.ts';
import './home-panels.ts';

export async function interventionRoutes(app: FastifyInstance) {
  app.navigation.add({ label: 'Register', order: 10, permission: 'council.read',
    href: (la) => `/c/${la}/register`, prefix: (la) => `/c/${la}/register` });
  app.navigation.add({ label: 'Calendar', order: 12, permission: 'council.read',
    href: (la) => `/c/${la}/calendar`, prefix: (la) => `/c/${la}/calendar` });
  app.navigation.add({ label: 'Reviews', order: 14, permission: 'council.read',
    href: (la) => `/c/${la}/reviews`, prefix: (la) => `/c/${la}/reviews` });
  await registerRoutes(app);
  await inspectionRoutes(app);
  await recommendationRoutes(app);
  await directionRoutes(app);
  await directionPartRoutes(app);
  await logRoutes(app);
  await monitoringRoutes(app);
  await findingRoutes(app);
  await reviewRoutes(app);
  await calendarRoutes(app);
  await calendarRecordRoutes(app);
  await overviewRoutes(app);
}
