// The checks a server action request passes before Next decodes it (issue 16 §1, the fuzz).
// Next turns every failure of its action decoding into a 500 (a foreign Origin, a body that is
// not React's reply encoding, an unknown action id in a no-JavaScript form, a multipart body
// that does not parse), and decoding a hostile body can overflow the stack. scripts/server.ts
// holds the body of every POST to a page (capped, lib/http/body-cap.ts), asks checkActionRequest,
// and answers its refusal itself (problem+json); what passes is handed to Next unchanged.
//
// What Next's own client sends, and so what passes: the action id of this build in `Next-Action`;
// the arguments as one JSON array (text body), or as multipart whose field "0" is that array and
// whose FormData argument ("$K<n>") has its entries in the fields "_<n>_<name>"; a form
// posted without JavaScript carries `$ACTION_ID_<id>`, or `$ACTION_REF_<n>` with `$ACTION_<n>:0`
// = {"id": …, "bound": null or "$@<k>"}. Our actions take (previous state, FormData) or (FormData).
// Refused besides (the fuzz, seed 794118): a multipart field without a name (busboy names it
// undefined, and React's decoder throws on undefined.startsWith), and a NUL anywhere in the input
// (lib/http/nul-character.ts: PostgreSQL text cannot hold it).
import { NUL_DETAIL, hasNul } from "./nul-character";

interface Busboy extends NodeJS.WritableStream {
  on(event: "field", listener: (name: string | undefined, value: string) => void): this;
  on(event: "file", listener: (name: string | undefined, stream: NodeJS.ReadableStream, info: { filename?: string }) => void): this;
  on(event: "close", listener: () => void): this;
  on(event: "error", listener: (error: Error) => void): this;
}
// Next's own copy of busboy (untyped), the parser its action handler uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const busboy = require("next/dist/compiled/busboy") as (options: {
  defParamCharset: string;
  headers: Record<string, string>;
  limits: { fieldSize: number };
}) => Busboy;

export interface Refusal {
  status: 400 | 403 | 404 | 415;
  detail: string;
}

/** Paths whose POSTs are Route Handlers (they read their own bodies), not pages with actions. */
const ROUTE_HANDLER_POSTS = /^\/(api\/|scim\/|(fr|en)\/(r|p|e)\/)/;

/** Whether a request is a POST to a page, where Next would look for a server action. */
export function isPagePost(method: string | undefined, url: string | undefined): boolean {
  return method === "POST" && !ROUTE_HANDLER_POSTS.test(url ?? "/");
}

const ACTION_ID = /^[0-9a-f]{40,42}$/;
const MAX_DEPTH = 32;

/**
 * null when a JSON text is an argument list as React's reply encoding writes it for our actions:
 * an array, at most MAX_DEPTH deep, whose "$"-strings are escapes, `$undefined`, dates, big
 * integers, infinities, or references to a FormData argument, with no NUL in a string or key.
 */
function argumentsRefusal(text: string | null): Refusal | null {
  if (text === null) return badBody;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return badBody;
  }
  if (!Array.isArray(root)) return badBody;
  const stack: Array<{ value: unknown; depth: number }> = [{ value: root, depth: 1 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    if (typeof value === "string") {
      if (hasNul(value)) return nulInInput;
      if (value.startsWith("$") && !validMarker(value)) return badBody;
    } else if (typeof value === "object" && value !== null) {
      if (depth > MAX_DEPTH) return badBody;
      for (const [key, item] of Object.entries(value)) {
        if (hasNul(key)) return nulInInput;
        stack.push({ value: item, depth: depth + 1 });
      }
    }
  }
  return null;
}

function validMarker(value: string): boolean {
  if (
    value.startsWith("$$") ||
    value === "$undefined" ||
    value === "$-0" ||
    value === "$NaN" ||
    value === "$Infinity" ||
    value === "$-Infinity"
  )
    return true;
  if (value.startsWith("$D")) return !Number.isNaN(Date.parse(value.slice(2)));
  if (value.startsWith("$n")) return /^-?\d{1,40}$/.test(value.slice(2));
  // A FormData argument: its entries are the fields "_<n>_…", none when the form has no named field.
  if (value.startsWith("$K")) return /^\d{1,9}$/.test(value.slice(2));
  return false;
}

function originRefusal(headers: Headers): Refusal | null {
  const origin = headers.get("origin");
  if (origin === null) return null; // as Next: a handcrafted post without Origin carries no one's cookies unwillingly
  let host: string | null = null;
  try {
    host = origin === "null" ? null : new URL(origin).host;
  } catch {
    host = null;
  }
  if (host !== null && host === (headers.get("x-forwarded-host") ?? headers.get("host"))) return null;
  return { status: 403, detail: "This form was posted from another site: it was refused, nothing was done." };
}

const unknownAction: Refusal = { status: 404, detail: "This form's action does not exist (any more): reload the page and send it again." };
const badBody: Refusal = { status: 400, detail: "The form's data could not be read: reload the page and send it again." };
const nulInInput: Refusal = { status: 400, detail: NUL_DETAIL };

/** A field without a name (busboy's undefined), or a NUL in a name, a text value or a file's name. */
function fieldsRefusal(fields: Map<string | undefined, FormDataEntryValue[]>): Refusal | null {
  for (const [name, values] of fields) {
    if (name === undefined) return badBody;
    if (hasNul(name) || values.some((value) => hasNul(typeof value === "string" ? value : value.name))) return nulInInput;
  }
  return null;
}

/**
 * The multipart body's fields, or null when it does not parse, read by the parser Next reads it
 * with: a fetch action's body by busboy (Next's compiled copy, same options), a form posted
 * without JavaScript by the Web Request's formData().
 */
async function multipartFields(
  body: Buffer,
  contentType: string,
  parser: "busboy" | "web",
): Promise<Map<string | undefined, FormDataEntryValue[]> | null> {
  // busboy names a part undefined when its name is "" or missing: kept, to be refused.
  const fields = new Map<string | undefined, FormDataEntryValue[]>();
  const add = (name: string | undefined, value: FormDataEntryValue) => fields.set(name, [...(fields.get(name) ?? []), value]);
  try {
    if (parser === "web") {
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
      for (const [name, value] of form) add(name, value);
      return fields;
    }
    await new Promise<void>((resolve, reject) => {
      // No field size limit of its own (busboy's default, 1 MiB, truncates a big form state): the
      // body is already capped (lib/http/body-cap.ts), as Next sets it to its body size limit.
      const parser = busboy({ defParamCharset: "utf8", headers: { "content-type": contentType }, limits: { fieldSize: body.length } });
      parser.on("field", (name: string | undefined, value: string) => add(name, value));
      parser.on("file", (name: string | undefined, stream: NodeJS.ReadableStream, info: { filename?: string }) => {
        add(name, new File([], info.filename ?? ""));
        stream.resume();
      });
      parser.on("close", resolve);
      parser.on("error", reject);
      parser.end(body);
    });
    return fields;
  } catch {
    return null;
  }
}

function text(value: FormDataEntryValue[] | undefined): string | null {
  return value?.length === 1 && typeof value[0] === "string" ? value[0] : null;
}

/**
 * null when the request may go to Next; else why it is refused. `knownIds` are the action ids of
 * this build (.next/server/server-reference-manifest.json).
 */
export async function checkActionRequest(headers: Headers, body: Buffer, knownIds: ReadonlySet<string>): Promise<Refusal | null> {
  const actionId = headers.get("next-action");
  const contentType = headers.get("content-type") ?? "";
  const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
  if (actionId === null && !multipart) return null; // not an action: Next draws the page
  const origin = originRefusal(headers);
  if (origin) return origin;
  if (actionId !== null) {
    if (!ACTION_ID.test(actionId) || !knownIds.has(actionId)) return unknownAction;
    if (!multipart) return argumentsRefusal(utf8(body));
    const fields = await multipartFields(body, contentType, "busboy");
    if (!fields) return badBody;
    return fieldsRefusal(fields) ?? argumentsRefusal(text(fields.get("0")));
  }
  // A form posted without JavaScript.
  const fields = await multipartFields(body, contentType, "web");
  if (!fields) return badBody;
  const names = [...fields.keys()].filter((name) => name !== undefined);
  const direct = names.filter((name) => name.startsWith("$ACTION_ID_")).map((name) => name.slice("$ACTION_ID_".length));
  const references = names.filter((name) => name.startsWith("$ACTION_REF_")).map((name) => name.slice("$ACTION_REF_".length));
  if (direct.length + references.length === 0) return null; // no action in it: Next draws the page
  if (direct.length + references.length > 1) return badBody;
  if (direct.length === 1) return knownIds.has(direct[0]!) ? fieldsRefusal(fields) : unknownAction;
  const prefix = `$ACTION_${references[0]}:`;
  let reference: unknown;
  try {
    reference = JSON.parse(text(fields.get(`${prefix}0`)) ?? "");
  } catch {
    return badBody;
  }
  if (typeof reference !== "object" || reference === null) return badBody;
  const { id, bound } = reference as { id?: unknown; bound?: unknown };
  if (typeof id !== "string" || !knownIds.has(id)) return unknownAction;
  const nul = fieldsRefusal(fields);
  if (nul || bound === null || bound === undefined) return nul;
  const promised = typeof bound === "string" ? /^\$@(\d+)$/.exec(bound)?.[1] : undefined;
  return argumentsRefusal(promised === undefined ? null : text(fields.get(`${prefix}${promised}`)));
}

function utf8(body: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return null;
  }
}
