// Pure: what the actions pages read from their URL (issue 14 §1). The list's filters (a plain GET
// form writes them, so a view can be shared; a malformed value drops that filter only) and the
// new-action form's prefill from a dashboard link (?team=…&irritant=…&irritant=…&origin=IRRITANT).
import { z } from "zod";
import { UUID_PATTERN } from "@/lib/patterns";

export type SearchParams = Record<string, string | string[] | undefined>;

export const LIST_STATUSES = ["PROPOSED", "PLANNED", "IN_PROGRESS", "DONE", "MEASURED", "DROPPED"] as const;
export const PREFILL_ORIGINS = ["TEAM", "IRRITANT", "ITEM", "FOLLOW_UP"] as const;

const all = (value: string | string[] | undefined): string[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const first = (value: string | string[] | undefined): string | undefined => all(value)[0]?.trim() || undefined;
const ZId = z
  .string()
  .trim()
  .regex(UUID_PATTERN)
  .transform((value) => value.toLowerCase());
const ZFlag = z.enum(["1", "true", "on"]).transform(() => true as const);
/** The cursor is opaque: only its shape is checked here, the data layer decodes it. */
const ZCursor = z.string().regex(/^[A-Za-z0-9_-]{1,200}$/);

const pick = <T>(schema: z.ZodType<T>, value: string | undefined): T | undefined => {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

export interface ActionListParams {
  teamId?: string;
  ownerId?: string;
  status?: (typeof LIST_STATUSES)[number];
  overdue?: true;
  mine?: true;
  cursor?: string;
}

/** URL parameter of each filter (short, readable in a shared link). */
const LIST_PARAMS = { teamId: "team", ownerId: "owner", status: "status", overdue: "overdue", mine: "mine", cursor: "cursor" } as const;

export function readActionListParams(params: SearchParams): ActionListParams {
  const read: ActionListParams = {
    teamId: pick(ZId, first(params.team)),
    ownerId: pick(ZId, first(params.owner)),
    status: pick(z.enum(LIST_STATUSES), first(params.status)?.toUpperCase()),
    overdue: pick(ZFlag, first(params.overdue)),
    mine: pick(ZFlag, first(params.mine)),
    cursor: pick(ZCursor, first(params.cursor)),
  };
  return Object.fromEntries(Object.entries(read).filter(([, value]) => value !== undefined)) as ActionListParams;
}

/** "?team=…&status=PLANNED" ("" when nothing); `cursor` replaces the page. */
export function actionListQuery(filters: ActionListParams, cursor?: string | null): string {
  const query = new URLSearchParams();
  for (const [key, name] of Object.entries(LIST_PARAMS) as Array<[keyof ActionListParams, string]>) {
    if (key === "cursor") continue;
    const value = filters[key];
    if (value !== undefined) query.set(name, value === true ? "1" : value);
  }
  if (cursor) query.set("cursor", cursor);
  const text = query.toString();
  return text ? `?${text}` : "";
}

export const hasListFilter = (filters: ActionListParams): boolean =>
  Object.keys(filters).some((key) => key !== "cursor" && filters[key as keyof ActionListParams] !== undefined);

export interface ActionPrefill {
  origin: (typeof PREFILL_ORIGINS)[number];
  teamId?: string;
  irritantIds: string[];
  itemIds: string[];
  followUpId?: string;
}

const ids = (value: string | string[] | undefined, max = 20): string[] => [
  ...new Set(
    all(value)
      .slice(0, max)
      .flatMap((raw) => pick(ZId, raw) ?? []),
  ),
];

/** The new-action form's starting values from a dashboard link; anything malformed is left out. */
export function readActionPrefill(params: SearchParams): ActionPrefill {
  const followUpId = pick(ZId, first(params.followUp));
  const teamId = pick(ZId, first(params.team));
  return {
    origin: pick(z.enum(PREFILL_ORIGINS), first(params.origin)?.toUpperCase()) ?? "TEAM",
    ...(teamId ? { teamId } : {}),
    irritantIds: ids(params.irritant),
    itemIds: ids(params.item),
    ...(followUpId ? { followUpId } : {}),
  };
}

/** The link that opens the new-action form prefilled (the dashboard's entry points). */
export function newActionHref(locale: string, prefill: Partial<ActionPrefill> & Pick<ActionPrefill, "origin">): string {
  const query = new URLSearchParams({ origin: prefill.origin });
  if (prefill.teamId) query.set("team", prefill.teamId);
  for (const id of prefill.irritantIds ?? []) query.append("irritant", id);
  for (const id of prefill.itemIds ?? []) query.append("item", id);
  if (prefill.followUpId) query.set("followUp", prefill.followUpId);
  return `/${locale}/actions/new?${query.toString()}`;
}
