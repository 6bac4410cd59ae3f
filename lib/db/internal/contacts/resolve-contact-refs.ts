// Turns the team and moment-of-truth references of validated contact rows into ids of the
// principal's organisation, in one set-based query. Another organisation's team is
// "unknown team", exactly like an id that exists nowhere (never reveal it exists).
import type { CreateContactInput } from "@/lib/surveys/contact-schema";
import type { FieldError } from "@/lib/errors";
import { pool } from "@/lib/db/client";
import { DEFAULT_CONTACT_MOMENT_KEY } from "@/lib/surveys/defaults";
import { UNKNOWN_MOMENT_MESSAGE } from "@/lib/surveys/contact-schema";
import { withOrganisation } from "../../tenant-context";

export interface ResolvedRefs {
  teamId: string;
  momentOfTruthId: string;
}

export interface RefResolver {
  /** The organisation's link lifetime, read in the same query; null if it does not exist. */
  linkExpiryDays: number | null;
  resolve(input: CreateContactInput): { ok: true; refs: ResolvedRefs } | { ok: false; errors: FieldError[] };
}

// One round trip for any number of rows (plain SQL: a single-contact call is dominated by
// per-query cost). Only the customer side's active catalogue: an employee moment is not a contact.
const REFS_SQL = `
SELECT (SELECT "linkExpiryDays" FROM "Organisation" WHERE id = $1::uuid) AS "linkExpiryDays",
       (SELECT coalesce(json_agg(json_build_object('id', t.id, 'externalId', t."externalId", 'archived', t."archivedAt" IS NOT NULL)), '[]'::json)
          FROM "Team" t
         WHERE t."organisationId" = $1::uuid AND (t.id = ANY($2::uuid[]) OR t."externalId" = ANY($3::text[]))) AS teams,
       (SELECT coalesce(json_agg(json_build_object('id', m.id, 'key', m.key)), '[]'::json)
          FROM "MomentOfTruth" m
         WHERE m."organisationId" = $1::uuid AND m.side = 'CUSTOMER' AND m.active AND m.key = ANY($4::text[])) AS moments`;

interface RefsRow {
  linkExpiryDays: number | null;
  teams: Array<{ id: string; externalId: string | null; archived: boolean }>;
  moments: Array<{ id: string; key: string }>;
}

export async function loadRefResolver(organisationId: string, inputs: CreateContactInput[]): Promise<RefResolver> {
  return withOrganisation(organisationId, async () => {
    const teamIds = [...new Set(inputs.flatMap((row) => (row.teamId ? [row.teamId.toLowerCase()] : [])))];
    const teamExternalIds = [...new Set(inputs.flatMap((row) => (row.teamExternalId ? [row.teamExternalId] : [])))];
    const keys = [...new Set(inputs.map((row) => row.momentOfTruth ?? DEFAULT_CONTACT_MOMENT_KEY))];
    const { rows } = await pool().query<RefsRow>({
      name: "contact-refs",
      text: REFS_SQL,
      values: [organisationId, teamIds, teamExternalIds, keys],
    });
    const { linkExpiryDays, teams, moments } = rows[0]!;
    const byId = new Set(teams.map((team) => team.id));
    const byExternalId = new Map(teams.flatMap((team) => (team.externalId ? [[team.externalId, team.id] as const] : [])));
    const momentByKey = new Map(moments.map((moment) => [moment.key, moment.id]));
    // An archived team keeps its history but gets no new contacts.
    const archived = new Set(teams.filter((team) => team.archived).map((team) => team.id));

    return {
      linkExpiryDays,
      resolve(input) {
        const errors: FieldError[] = [];
        const teamId = input.teamId
          ? byId.has(input.teamId.toLowerCase())
            ? input.teamId.toLowerCase()
            : undefined
          : byExternalId.get(input.teamExternalId ?? "");
        const teamField = input.teamId ? "teamId" : "teamExternalId";
        if (!teamId) errors.push({ field: teamField, message: "unknown team" });
        else if (archived.has(teamId)) errors.push({ field: teamField, message: "team is archived: it takes no new contacts" });
        const momentOfTruthId = momentByKey.get(input.momentOfTruth ?? DEFAULT_CONTACT_MOMENT_KEY);
        if (!momentOfTruthId)
          errors.push({
            field: "momentOfTruth",
            message:
              input.momentOfTruth === undefined
                ? `no momentOfTruth given and the organisation has no active default moment "${DEFAULT_CONTACT_MOMENT_KEY}": give one of the keys listed by GET /api/v1/catalogue`
                : UNKNOWN_MOMENT_MESSAGE,
          });
        if (!teamId || !momentOfTruthId || errors.length > 0) return { ok: false, errors };
        return { ok: true, refs: { teamId, momentOfTruthId } };
      },
    };
  });
}
