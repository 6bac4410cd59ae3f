// The KPI definitions' writes (issue 15 §1), kpis:manage (ADMIN, HR, CX): add one (its key is
// set once and unique in the organisation), edit its names, direction, money value per point
// and assumptions (key and unit stay: imports name it by key, its values were checked against
// its unit), deactivate or reactivate it (values are kept). Each change is audited in its
// transaction; bad input writes nothing and comes back as a code per field.
import type { Actor } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  kpiDefinitionErrors,
  ZCreateKpiDefinition,
  ZUpdateKpiDefinition,
  type KpiDefinitionFieldErrors,
} from "@/lib/kpis/kpi-definition-schema";
import { isUuid } from "@/lib/patterns";
import { db } from "../client";
import type { Prisma } from "../generated/client";
import { auditedBy, writeAudit } from "../internal/audit/write-audit";
import { withOrganisation } from "../tenant-context";

export type KpiDefinitionWriteResult = { ok: true; id: string } | { ok: false; fieldErrors: KpiDefinitionFieldErrors };

type Tx = Prisma.TransactionClient;

function requireManage(actor: Actor): void {
  if (!can(actor, "kpis:manage")) throw new ForbiddenError();
}

const audit = (tx: Tx, actor: Actor, action: string, id: string, metadata: Prisma.InputJsonObject) => {
  const { actorId, via } = auditedBy(actor);
  return writeAudit(tx, {
    organisationId: actor.organisationId,
    actorId,
    action,
    targetType: "KpiDefinition",
    targetId: id,
    metadata: { ...metadata, ...via },
  });
};

async function findDefinition(tx: Tx, actor: Actor, id: string) {
  const found = isUuid(id) ? await tx.kpiDefinition.findFirst({ where: { id, organisationId: actor.organisationId } }) : null;
  if (!found) throw new NotFoundError("KPI");
  return found;
}

export async function createKpiDefinition(actor: Actor, input: unknown): Promise<KpiDefinitionWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireManage(actor);
    const parsed = ZCreateKpiDefinition.safeParse(input);
    if (!parsed.success) return { ok: false, fieldErrors: kpiDefinitionErrors(parsed.error) };
    const data = parsed.data;
    const organisationId = actor.organisationId;
    return db().$transaction(async (tx): Promise<KpiDefinitionWriteResult> => {
      // Serialises additions per organisation: two at once would both read the same last position.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kpi-definitions:' || ${organisationId}))`;
      if (await tx.kpiDefinition.count({ where: { organisationId, key: data.key } }))
        return { ok: false, fieldErrors: { key: "keyTaken" } };
      const last = await tx.kpiDefinition.aggregate({ where: { organisationId }, _max: { position: true } });
      const created = await tx.kpiDefinition.create({
        data: { organisationId, ...data, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      await audit(tx, actor, "kpiDefinition.create", created.id, { key: data.key, unit: data.unit });
      return { ok: true, id: created.id };
    });
  });
}

export async function updateKpiDefinition(actor: Actor, id: string, input: unknown): Promise<KpiDefinitionWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireManage(actor);
    return db().$transaction(async (tx): Promise<KpiDefinitionWriteResult> => {
      const found = await findDefinition(tx, actor, id);
      const parsed = ZUpdateKpiDefinition.safeParse(input);
      if (!parsed.success) return { ok: false, fieldErrors: kpiDefinitionErrors(parsed.error) };
      await tx.kpiDefinition.update({ where: { id: found.id }, data: parsed.data });
      const changed = (Object.keys(parsed.data) as Array<keyof typeof parsed.data>).filter((field) => parsed.data[field] !== found[field]);
      await audit(tx, actor, "kpiDefinition.update", found.id, { key: found.key, fields: changed });
      return { ok: true, id: found.id };
    });
  });
}

/** Deactivated, a KPI takes no new values and leaves the team pages; its values are kept. */
export async function setKpiDefinitionActive(actor: Actor, id: string, active: boolean): Promise<KpiDefinitionWriteResult> {
  return withOrganisation(actor.organisationId, async () => {
    requireManage(actor);
    return db().$transaction(async (tx): Promise<KpiDefinitionWriteResult> => {
      const found = await findDefinition(tx, actor, id);
      if (found.active !== active) {
        await tx.kpiDefinition.update({ where: { id: found.id }, data: { active } });
        await audit(tx, actor, active ? "kpiDefinition.activate" : "kpiDefinition.deactivate", found.id, { key: found.key });
      }
      return { ok: true, id: found.id };
    });
  });
}
