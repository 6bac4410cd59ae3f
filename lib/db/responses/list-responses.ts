// Customer responses of the principal's organisation for the integrator export, in keyset
// pages on (submittedAt, id): stable under concurrent inserts, no OFFSET scans.
import type { Principal } from "@/lib/auth/actor-types";
import { can } from "@/lib/auth/policy";
import { ForbiddenError } from "@/lib/errors";
import { decodeResponseCursor, encodeResponseCursor, type CustomerResponseDto } from "@/lib/surveys/customer-response-dto";
import { db } from "../client";
import { withOrganisation } from "../tenant-context";

export interface ListResponsesOptions {
  since?: string;
  cursor?: string;
  limit: number;
}

export async function listResponses(
  principal: Principal,
  options: ListResponsesOptions,
): Promise<{ data: CustomerResponseDto[]; nextCursor: string | null }> {
  return withOrganisation(principal.organisationId, async () => {
    if (!can(principal, "responses:read")) throw new ForbiddenError();
    const limit = Math.min(Math.max(Math.trunc(options.limit), 1), 1000);
    const cursor = options.cursor ? decodeResponseCursor(options.cursor) : null;
    const rows = await db().customerResponse.findMany({
      where: {
        organisationId: principal.organisationId,
        ...(options.since ? { submittedAt: { gte: new Date(options.since) } } : {}),
        ...(cursor
          ? { OR: [{ submittedAt: { gt: cursor.submittedAt } }, { submittedAt: cursor.submittedAt, id: { gt: cursor.id } }] }
          : {}),
      },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      take: limit + 1,
      select: {
        id: true,
        contactId: true,
        teamId: true,
        score: true,
        comment: true,
        submittedAt: true,
        contact: { select: { externalId: true } },
        items: { select: { value: true, item: { select: { dimension: true } } } },
        irritants: { select: { irritant: { select: { key: true } } } },
      },
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      data: page.map((row) => ({
        id: row.id,
        contactId: row.contactId,
        contactExternalId: row.contact?.externalId ?? null,
        teamId: row.teamId,
        score: row.score,
        comment: row.comment,
        items: Object.fromEntries(row.items.map((answer) => [answer.item.dimension, answer.value])),
        irritants: row.irritants.map((link) => link.irritant.key).sort(),
        submittedAt: row.submittedAt.toISOString(),
      })),
      nextCursor: rows.length > limit && last ? encodeResponseCursor(last) : null,
    };
  });
}
