// seedDemo(db): creates the deterministic demo organisation "Maison Lumière" (slug `demo`)
// with six months of mirrored customer and employee data; does nothing if it exists.
import bcrypt from "bcryptjs";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { markAllRollupsDirty } from "@/lib/db/rollup/refresh";
import { createDefaultCatalogues } from "@/lib/db/internal/organisations/create-catalogues";
import { DEMO_PASSWORD } from "./demo-accounts";
import { monthStart } from "./seed/calendar";
import { buildCustomerSide } from "./seed/customer";
import { buildEmployeeSide } from "./seed/employee";
import { buildActions, buildKpis } from "./seed/extras";
import { buildOrg } from "./seed/org";
import { DEMO_ORGANISATION } from "./seed/org-plan";
import { Rng } from "./seed/prng";
import { buildClimate } from "./seed/story";

export type SeedOptions = { log?: (line: string) => void };

/** Changing it changes every id, token and answer of the demo. */
const SEED = 20261101;
const BATCH = 2000;
const BCRYPT_SALT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** One bcrypt (cost 10) hash for every demo person, with a seeded salt so it is stable too. */
function demoPasswordHash(rng: Rng): string {
  const salt = Array.from({ length: 22 }, () => rng.pick([...BCRYPT_SALT_ALPHABET])).join("");
  return bcrypt.hashSync(DEMO_PASSWORD, `$2b$10$${salt}`);
}

async function insertBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function seedDemo(db: PrismaClient, options: SeedOptions = {}): Promise<{ created: boolean }> {
  const started = Date.now();
  const log = (line: string) => options.log?.(`${line} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  const existing = await db.organisation.findUnique({ where: { slug: DEMO_ORGANISATION.slug }, select: { id: true } });
  if (existing) {
    options.log?.(`Organisation « ${DEMO_ORGANISATION.slug} » already present: nothing to do.`);
    return { created: false };
  }
  const rng = new Rng(SEED);
  const organisationId = rng.uuid();
  const createdAt = monthStart(0);
  const passwordHash = demoPasswordHash(rng);

  // One transaction: a failed run leaves no half demo that the next run would skip.
  await db.$transaction(
    async (tx) => {
      await tx.organisation.create({ data: { id: organisationId, ...DEMO_ORGANISATION, createdAt } });
      const catalogues = await createDefaultCatalogues(tx, organisationId, { newId: () => rng.uuid() });
      const org = buildOrg(rng, organisationId, passwordHash, createdAt);
      await tx.team.createMany({ data: org.teams });
      await insertBatches(org.users, (data) => tx.user.createMany({ data }));
      await insertBatches(org.memberships, (data) => tx.membership.createMany({ data }));
      log(`Organisation ${DEMO_ORGANISATION.name}: ${org.teams.length} teams, ${org.memberships.length} memberships.`);

      const climates = new Map(org.leaves.map((leaf) => [leaf.plan.externalId, buildClimate(rng, leaf.plan)]));
      const context = { organisationId, leaves: org.leaves, climates, catalogues, managerByService: org.managerByService };
      await insertEmployeeSide(tx, buildEmployeeSide(rng, { ...context, employeesByLeaf: org.employeesByLeaf }), log);
      await insertCustomerSide(tx, buildCustomerSide(rng, context), log);

      const kpis = buildKpis(rng, context);
      const actions = buildActions(rng, context);
      await tx.operationalKpi.createMany({ data: kpis });
      await tx.action.createMany({ data: actions.actions });
      await tx.actionIrritant.createMany({ data: actions.irritants });
      await tx.actionItem.createMany({ data: actions.items });
      await tx.actionTeam.createMany({ data: actions.teams });
      log(`${kpis.length} operational KPIs, ${actions.actions.length} actions.`);
      // The dashboard reads rollups; mark every seeded month stale so the first read builds them.
      await markAllRollupsDirty(organisationId, tx);
    },
    { maxWait: 10_000, timeout: 300_000 },
  );
  log("Demo organisation committed.");
  return { created: true };
}

type Tx = Prisma.TransactionClient;

async function insertEmployeeSide(tx: Tx, rows: ReturnType<typeof buildEmployeeSide>, log: (line: string) => void) {
  await tx.pulse.createMany({ data: rows.pulses });
  await tx.pulseTeam.createMany({ data: rows.pulseTeams });
  await insertBatches(rows.participations, (data) => tx.pulseParticipation.createMany({ data }));
  await insertBatches(rows.responses, (data) => tx.employeeResponse.createMany({ data }));
  await insertBatches(rows.respondents, (data) => tx.employeeRespondent.createMany({ data }));
  await insertBatches(rows.items, (data) => tx.employeeItemAnswer.createMany({ data }));
  await insertBatches(rows.irritants, (data) => tx.employeeResponseIrritant.createMany({ data }));
  log(`${rows.pulses.length} pulses, ${rows.participations.length} participations, ${rows.responses.length} employee responses.`);
}

async function insertCustomerSide(tx: Tx, rows: ReturnType<typeof buildCustomerSide>, log: (line: string) => void) {
  await insertBatches(rows.contacts, (data) => tx.contact.createMany({ data }));
  log(`${rows.contacts.length} contacts with their survey links.`);
  await insertBatches(rows.responses, (data) => tx.customerResponse.createMany({ data }));
  await insertBatches(rows.items, (data) => tx.customerItemAnswer.createMany({ data }));
  await insertBatches(rows.irritants, (data) => tx.customerResponseIrritant.createMany({ data }));
  await insertBatches(rows.followUps, (data) => tx.followUp.createMany({ data }));
  log(`${rows.responses.length} customer responses, ${rows.followUps.length} follow-ups.`);
}
