// The improvement plan (product.md capability 4) and its investment (capability 10): objectives,
// workstreams and actions in the order of the child's journey, their BRAG ratings with the reasons in
// words, progress updates with evidence, the coverage of every recommendation and monitoring finding,
// versions sent to Ofsted and the DfE, the investment planned against spent, and the plan as a
// spreadsheet. Everything is under /c/:la/plan, so the access hook keeps each council to its own.
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import { MAX_EVIDENCE_BYTES } from '../../domain/plan/evidence-files.ts';
import { viewRoutes } from './view-routes.ts';
import { actionRoutes } from './action-routes.ts';
import { detailRoutes } from './detail-routes.ts';
import { updateRoutes } from './update-routes.ts';
import { structureRoutes } from './structure-routes.ts';
import { spreadsheetRoutes } from './spreadsheet-routes.ts';
import { versionRoutes } from './version-routes.ts';
import { investmentRoutes } from './investment-routes.ts';
import './home-panels.ts';

export async function planRoutes(app: FastifyInstance) {
  // Registered here only: uploads are accepted by the plan's own routes and nowhere else.
  // A file over the limit is cut short and flagged (the form then says so), rather than failing the request.
  await app.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: MAX_EVIDENCE_BYTES, files: 1, fields: 30, fieldSize: 20_000, parts: 32 } });
  app.navigation.add({ label: 'Improvement plan', order: 20, permission: 'council.read',
    href: (la) => `/c/${la}/plan`, prefix: (la) => `/c/${la}/plan` });
  await viewRoutes(app);
  await actionRoutes(app);
  await detailRoutes(app);
  await updateRoutes(app);
  await structureRoutes(app);
  await spreadsheetRoutes(app);
  await versionRoutes(app);
  await investmentRoutes(app);
}
