// U+0000 (NUL) in user input is refused with a 400 where a request is read, never stripped
// (issue 16 §1, the fuzz, seed 794118): PostgreSQL's text cannot hold it (22021 "invalid byte
// sequence for encoding UTF8: 0x00"), so a NUL that reached a query was a 500. The boundaries:
// scripts/server.ts (path and query, every route), lib/http/api-route.ts and scim-route.ts
// (JSON and CSV bodies), lib/http/action-request-guard.ts (server actions) and the respondent
// routes (r/, p/, e/: lib/http/respondent-route.ts). No zod refinement per text field: one
// forgotten schema would be a 500 again, and a check where bytes become text covers them all.
import type { PostedFields } from "@/lib/surveys/posted-fields";

export const NUL_DETAIL =
  "The request contains a NUL character (U+0000), which cannot be stored: nothing was done. Remove it and send the request again.";

export const hasNul = (text: string): boolean => text.includes("\u0000");

/** Whether a request URL (path or query) carries a NUL: escaped as %00, or raw. */
export const urlHasNul = (url: string): boolean => /%00/i.test(url) || hasNul(url);

/** Whether any string or key of a parsed JSON value holds a NUL (walked without recursion: JSON may nest deep). */
export function jsonHasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "string") {
      if (hasNul(item)) return true;
    } else if (Array.isArray(item)) {
      for (const element of item) stack.push(element);
    } else if (typeof item === "object" && item !== null) {
      for (const [key, element] of Object.entries(item)) {
        if (hasNul(key)) return true;
        stack.push(element);
      }
    }
  }
  return false;
}

/** Whether a posted form holds a NUL in a field's name, a text value or a file's name. */
export function formHasNul(form: PostedFields): boolean {
  for (const [name, value] of form.entries()) if (hasNul(name) || hasNul(typeof value === "string" ? value : value.name)) return true;
  return false;
}
