// Pure: where the action page's work forms (status, spending, comment, publication) send the
// browser after a post (post/redirect/get), and what the page reads back from that address: a
// notice, or the refused form's field and the code of its sentence (never a typed value).
import type { ActionResult } from "@/lib/http/server-action";
import type { SearchParams } from "./action-url-params";

export const WORK_NOTICES = ["created", "saved", "status", "spending", "comment", "published", "unpublished"] as const;
export type WorkNotice = (typeof WORK_NOTICES)[number];

/** The fields of the work forms; a refusal on any other goes on the page as a whole. */
export const WORK_FIELDS = ["status", "spentEuros", "body", "summary", "form"] as const;
export type WorkField = (typeof WORK_FIELDS)[number];

const CODE = /^[A-Za-z_]{1,40}$/;

/** `redirectingAction`'s `to`: back to the action's page with a notice, or the field and code refused. */
export const workOutcome =
  (notice: WorkNotice) =>
  (result: ActionResult<unknown>, page: string, form: FormData): string => {
    const base = `${page}/${encodeURIComponent(String(form.get("actionId") ?? ""))}`;
    if (result.ok) return `${base}?notice=${notice}`;
    const [field, code] = Object.entries(result.fieldErrors ?? {})[0] ?? ["form", result.code];
    const known = (WORK_FIELDS as readonly string[]).includes(field) ? field : "form";
    return `${base}?${new URLSearchParams({ error: CODE.test(code) ? code : result.code, field: known }).toString()}#${known}`;
  };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export interface WorkMessage {
  notice: WorkNotice | null;
  error: { field: WorkField; code: string } | null;
}

/** The page's reading of its address: unknown notices and malformed codes are ignored. */
export function readWorkMessage(params: SearchParams): WorkMessage {
  const notice = one(params.notice);
  const code = one(params.error);
  const field = one(params.field);
  return {
    notice: (WORK_NOTICES as readonly string[]).includes(notice ?? "") ? (notice as WorkNotice) : null,
    error:
      code && CODE.test(code)
        ? { field: (WORK_FIELDS as readonly string[]).includes(field ?? "") ? (field as WorkField) : "form", code }
        : null,
  };
}
