// The theme and free-text conditions of the verbatims (issue 15 §2, docs/themes.md "Reading a
// theme's comments"), organisation-first: listVerbatims checked the principal. A theme narrows
// each side to the comments the database linked to it or to its mirror; a search is PostgreSQL
// full-text search in the side's configuration (accents folded, stemmed), the words only ever a
// bound parameter of websearch_to_tsquery, which reads any text without a syntax error.
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { NotFoundError } from "@/lib/errors";
import { THEME_SEARCH_CONFIG } from "@/lib/themes/tsquery";
import { withOrganisation } from "../../tenant-context";

export interface VerbatimThemeRef {
  id: string;
  side: "CUSTOMER" | "EMPLOYEE";
  labelFr: string;
  labelEn: string;
}

/** The chosen theme on its side and its mirror on the other; `noMirror` when it has none. */
export interface VerbatimThemeSelection {
  customer: VerbatimThemeRef | null;
  employee: VerbatimThemeRef | null;
  noMirror: boolean;
}

const themeSelect = { id: true, side: true, labelFr: true, labelEn: true } as const;

/** A theme of the organisation and its mirror; another organisation's or an unknown id is "not found". */
export async function resolveVerbatimTheme(organisationId: string, themeId: string): Promise<VerbatimThemeSelection> {
  return withOrganisation(organisationId, async () => {
    const theme = await db().theme.findFirst({
      where: { id: themeId, organisationId },
      select: { ...themeSelect, mirror: { select: themeSelect } },
    });
    if (!theme) throw new NotFoundError("theme");
    const { mirror, ...chosen } = theme;
    const other = mirror && mirror.side !== chosen.side ? mirror : null;
    return {
      customer: chosen.side === "CUSTOMER" ? chosen : other,
      employee: chosen.side === "EMPLOYEE" ? chosen : other,
      noMirror: other === null,
    };
  });
}

/** A customer answer's text read in its own language, like the theme triggers. */
const customerConfig = Prisma.sql`CASE WHEN r.locale = 'en' THEN 'public.symetrie_en'::regconfig ELSE 'public.symetrie_fr'::regconfig END`;

/** Conditions on the customer query (`r` the answer, `v` its text and kind). */
export function customerSearchSql(themeId: string | undefined, q: string | undefined): Prisma.Sql {
  const theme = themeId
    ? Prisma.sql`AND v.kind = 'comment' AND EXISTS (SELECT 1 FROM "CustomerResponseTheme" x WHERE x."responseId" = r.id AND x."themeId" = ${themeId}::uuid)`
    : Prisma.empty;
  const search = q ? Prisma.sql`AND to_tsvector(${customerConfig}, v.text) @@ websearch_to_tsquery(${customerConfig}, ${q})` : Prisma.empty;
  return Prisma.sql`${theme} ${search}`;
}

/**
 * Conditions on the employee texts (`id`, `kind`, `text`), applied after the group sizes were
 * counted over every answer of the scope: a search narrows what a large group shows, it never
 * makes a small group's text reachable. Employee answers carry no language: the organisation's
 * default one, like the triggers.
 */
export function employeeSearchSql(themeId: string | undefined, q: string | undefined, locale: "fr" | "en"): Prisma.Sql {
  const config = `public.${THEME_SEARCH_CONFIG[locale]}`;
  const theme = themeId
    ? Prisma.sql`AND kind = 'comment' AND EXISTS (SELECT 1 FROM "EmployeeResponseTheme" x WHERE x."responseId" = texts.id AND x."themeId" = ${themeId}::uuid)`
    : Prisma.empty;
  const search = q
    ? Prisma.sql`AND to_tsvector(${config}::regconfig, text) @@ websearch_to_tsquery(${config}::regconfig, ${q})`
    : Prisma.empty;
  return Prisma.sql`${theme} ${search}`;
}

/** Whether PostgreSQL finds no word to look for in `q` (only stop words or punctuation) in a language. */
export async function searchHasNoWords(q: string, locale: "fr" | "en"): Promise<boolean> {
  const config = `public.${THEME_SEARCH_CONFIG[locale]}`;
  const [row] = await db().$queryRaw<[{ empty: boolean }]>`SELECT numnode(websearch_to_tsquery(${config}::regconfig, ${q})) = 0 AS empty`;
  return row.empty;
}
