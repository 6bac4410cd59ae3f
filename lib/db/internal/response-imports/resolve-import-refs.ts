// Turns the references of validated import rows (team externalIds, item dimensions, irritant
// keys, moments of truth) into ids of the principal's organisation, in one set-based query.
// Another organisation's team is "unknown team", exactly like one that exists nowhere.
import type { FieldError } from "@/lib/errors";
import { IMPORTED_MOMENT, type ImportResponseRow } from "@/lib/surveys/import-response-schema";
import { pool } from "@/lib/db/client";
import { withOrganisation } from "../../tenant-context";

type Locale = "fr" | "en";
type ImportChannel = "PHONE" | "EMAIL" | "CHAT" | "STORE" | "FIELD" | "UNKNOWN";

/** A row ready to store: ids of the organisation, no reference left to resolve. */
interface ResolvedBase {
  /** "YYYY-MM". */
  period: string;
  teamId: string;
  score: number;
  comment: string | null;
  items: Array<{ itemId: string; value: number }>;
  irritantIds: string[];
}
export interface ResolvedCustomerAnswer extends ResolvedBase {
  side: "customer";
  channel: ImportChannel;
  locale: Locale;
  /** null: the organisation's "imported" moment of truth, created on demand when storing. */
  momentOfTruthId: string | null;
}
export interface ResolvedEmployeeAnswer extends ResolvedBase {
  side: "employee";
}
export type ResolvedAnswer = ResolvedCustomerAnswer | ResolvedEmployeeAnswer;

export type Resolution = { ok: true; answer: ResolvedAnswer } | { ok: false; errors: FieldError[] };

// Only active catalogue entries, as the respondent forms and the contacts API accept.
const CATALOGUE_SQL = `
SELECT (SELECT "defaultLocale"::text FROM "Organisation" WHERE id = $1::uuid) AS "defaultLocale",
       (SELECT coalesce(json_agg(json_build_object('id', t.id, 'key', t."externalId")), '[]'::json)
          FROM "Team" t WHERE t."organisationId" = $1::uuid AND t."externalId" = ANY($2::text[])) AS teams,
       (SELECT coalesce(json_agg(json_build_object('id', i.id, 'key', i.dimension)), '[]'::json)
          FROM "MirroredItem" i WHERE i."organisationId" = $1::uuid AND i.active AND i.dimension = ANY($3::text[])) AS items,
       (SELECT coalesce(json_agg(json_build_object('id', i.id, 'key', lower(i.side::text) || ':' || i.key)), '[]'::json)
          FROM "Irritant" i WHERE i."organisationId" = $1::uuid AND i.active AND i.key = ANY($4::text[])) AS irritants,
       (SELECT coalesce(json_agg(json_build_object('id', m.id, 'key', m.key)), '[]'::json)
          FROM "MomentOfTruth" m WHERE m."organisationId" = $1::uuid AND m.side = 'CUSTOMER' AND m.active AND m.key = ANY($5::text[])) AS moments,
       (SELECT coalesce(json_agg(DISTINCT r."teamId"::text || '|' || to_char(r.period, 'YYYY-MM')), '[]'::json)
          FROM "EmployeeResponse" r
          WHERE r."organisationId" = $1::uuid AND r."importId" IS NULL AND r.period = ANY($6::date[])
            AND r."teamId" IN (SELECT id FROM "Team" WHERE "organisationId" = $1::uuid AND "externalId" = ANY($2::text[]))) AS "liveCells"`;

type Entry = { id: string; key: string };
interface CatalogueRow {
  defaultLocale: Locale | null;
  teams: Entry[];
  items: Entry[];
  irritants: Entry[];
  moments: Entry[];
  /** "teamId|YYYY-MM" of the requested employee cells that hold live answers. */
  liveCells: string[];
}

const distinct = (values: Iterable<string>) => [...new Set(values)];
const byKey = (entries: Entry[]) => new Map(entries.map((entry) => [entry.key, entry.id]));

export async function loadImportCatalogue(
  organisationId: string,
  rows: ImportResponseRow[],
): Promise<(row: ImportResponseRow) => Resolution> {
  return withOrganisation(organisationId, async () => {
    const {
      rows: [found],
    } = await pool().query<CatalogueRow>(CATALOGUE_SQL, [
      organisationId,
      distinct(rows.map((row) => row.teamExternalId)),
      distinct(rows.flatMap((row) => Object.keys(row.items ?? {}))),
      distinct(rows.flatMap((row) => row.irritants ?? [])),
      distinct(rows.flatMap((row) => (row.side === "customer" && row.momentOfTruth ? [row.momentOfTruth] : []))),
      distinct(rows.flatMap((row) => (row.side === "employee" ? [`${row.period}-01`] : []))),
    ]);
    if (!found?.defaultLocale) throw new Error("the principal's organisation does not exist");
    const defaultLocale = found.defaultLocale;
    const teams = byKey(found.teams);
    const items = byKey(found.items);
    const irritants = byKey(found.irritants);
    const moments = byKey(found.moments);
    const liveCells = new Set(found.liveCells);

    return (row) => {
      const errors: FieldError[] = [];
      const teamId = teams.get(row.teamExternalId);
      if (!teamId) errors.push({ field: "teamExternalId", message: "unknown team" });
      // A cell holds live answers or imported ones, never both: known rows added to a few live
      // answers would let whoever imported them subtract their way to those answers.
      else if (row.side === "employee" && liveCells.has(`${teamId}|${row.period}`))
        errors.push({
          field: "period",
          message: "this team already has live employee answers for this month: history cannot be added to it",
        });
      const answerItems = Object.entries(row.items ?? {}).flatMap(([dimension, value]) => {
        const itemId = items.get(dimension);
        if (!itemId) errors.push({ field: `items.${dimension}`, message: "unknown item dimension" });
        return itemId ? [{ itemId, value }] : [];
      });
      const irritantIds = (row.irritants ?? []).flatMap((key, i) => {
        const irritantId = irritants.get(`${row.side}:${key}`);
        if (!irritantId) errors.push({ field: `irritants.${i}`, message: `unknown ${row.side} irritant` });
        return irritantId ? [irritantId] : [];
      });
      let momentOfTruthId: string | null = null;
      if (row.side === "customer" && row.momentOfTruth !== undefined && row.momentOfTruth !== IMPORTED_MOMENT.key) {
        momentOfTruthId = moments.get(row.momentOfTruth) ?? null;
        if (!momentOfTruthId) errors.push({ field: "momentOfTruth", message: "unknown moment of truth" });
      }
      if (errors.length > 0 || !teamId) return { ok: false, errors };
      const base = {
        period: row.period,
        teamId,
        score: row.score,
        comment: row.comment || null,
        items: answerItems,
        irritantIds: distinct(irritantIds),
      };
      if (row.side === "employee") return { ok: true, answer: { side: "employee", ...base } };
      // The API speaks lowercase channels; the database enum is uppercase.
      const channel = (row.channel?.toUpperCase() ?? "UNKNOWN") as ImportChannel;
      return { ok: true, answer: { side: "customer", ...base, channel, locale: row.locale ?? defaultLocale, momentOfTruthId } };
    };
  });
}
