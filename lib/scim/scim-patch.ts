// PATCH (RFC 7644 §3.5.2) applied to a resource's JSON, then validated like a PUT by the caller:
// add, replace and remove, with the op in any case ("Replace" from Entra ID), a path or a value
// object, `emails[type eq "work"].value`-style paths, and the enterprise extension's URN paths.
// Group members never enter the JSON: their changes come back as a delta (added ids, removed ids,
// or "all removed"), in the two shapes Entra ID and Okta send. Pure.
import { z } from "zod";
import { ScimError } from "./scim-error";
import { ENTERPRISE_SCHEMA, PATCH_SCHEMA } from "./scim-schemas";

export const ZScimPatch = z.strictObject({
  schemas: z.array(z.string()).refine((schemas) => schemas.includes(PATCH_SCHEMA), `must include ${PATCH_SCHEMA}`),
  Operations: z
    .array(
      z.looseObject({
        op: z.string().regex(/^(add|replace|remove)$/i, "must be add, replace or remove"),
        path: z.string().trim().min(1).max(300).optional(),
        value: z.unknown().optional(),
      }),
    )
    .min(1, "must hold at least one operation")
    .max(1_000, "at most 1 000 operations"),
});

export interface MembersDelta {
  added: string[];
  removed: string[];
  /** Every current member removed first (a replace of the whole list, or a remove of "members"). */
  clear: boolean;
}

type Doc = Record<string, unknown>;
const PATH = /^([A-Za-z$][\w$-]*)(?:\[\s*(\w+)\s+eq\s+"([^"]*)"\s*\])?(?:\.(\w+))?$/i;

const isObject = (value: unknown): value is Doc => typeof value === "object" && value !== null && !Array.isArray(value);
const memberIds = (value: unknown): string[] => {
  const list = Array.isArray(value) ? value : [value];
  return list.map((member) => {
    if (!isObject(member) || typeof member.value !== "string")
      throw new ScimError(400, "members: each value must be { value: <user id> }", "invalidValue");
    return member.value;
  });
};

/** The key as the resource spells it (attribute names are case-insensitive, RFC 7643 §2.1). */
const keyOf = (doc: Doc, name: string) => Object.keys(doc).find((key) => key.toLowerCase() === name.toLowerCase()) ?? name;

function applyToMembers(op: string, path: string | undefined, value: unknown, delta: MembersDelta) {
  const filtered = path ? /^members\[\s*value\s+eq\s+"([^"]+)"\s*\]$/i.exec(path) : null;
  if (filtered) {
    if (op !== "remove") throw new ScimError(400, `${op} on a filtered members path is not supported`, "invalidPath");
    delta.removed.push(filtered[1]!);
  } else if (op === "add") delta.added.push(...memberIds(value));
  else if (op === "replace") {
    Object.assign(delta, { clear: true, added: memberIds(value ?? []), removed: [] });
  } else if (value === undefined) Object.assign(delta, { clear: true, added: [], removed: [] });
  else delta.removed.push(...memberIds(value));
}

function setPath(doc: Doc, op: string, path: string, value: unknown) {
  // The enterprise extension: "urn:…:enterprise:2.0:User:department" is its attribute.
  if (path.toLowerCase().startsWith(`${ENTERPRISE_SCHEMA.toLowerCase()}:`)) {
    const extension = isObject(doc[ENTERPRISE_SCHEMA]) ? { ...(doc[ENTERPRISE_SCHEMA] as Doc) } : {};
    setPath(extension, op, path.slice(ENTERPRISE_SCHEMA.length + 1), value);
    doc[ENTERPRISE_SCHEMA] = extension;
    return;
  }
  const match = PATH.exec(path);
  if (!match) throw new ScimError(400, `unsupported path "${path}"`, "invalidPath");
  const [, name, filterAttribute, filterValue, sub] = match;
  const key = keyOf(doc, name!);
  if (filterAttribute) {
    // A multi-valued attribute's element chosen by a filter (emails[type eq "work"].value).
    const list = Array.isArray(doc[key]) ? [...(doc[key] as Doc[])] : [];
    const at = list.findIndex((element) => isObject(element) && String(element[filterAttribute]) === filterValue);
    if (op === "remove") doc[key] = at < 0 ? list : list.filter((_, i) => i !== at);
    else {
      const element = { ...(at < 0 ? { [filterAttribute]: filterValue } : list[at]) };
      if (sub) element[sub] = value;
      else if (isObject(value)) Object.assign(element, value);
      if (at < 0) list.push(element);
      else list[at] = element;
      doc[key] = list;
    }
  } else if (sub) {
    const parent = isObject(doc[key]) ? { ...(doc[key] as Doc) } : {};
    if (op === "remove") delete parent[keyOf(parent, sub)];
    else parent[keyOf(parent, sub)] = value;
    doc[key] = parent;
  } else if (op === "remove") delete doc[key];
  else if (op === "add" && Array.isArray(doc[key]) && Array.isArray(value)) doc[key] = [...(doc[key] as unknown[]), ...value];
  else if (isObject(doc[key]) && isObject(value)) doc[key] = { ...(doc[key] as Doc), ...value };
  else doc[key] = value;
}

/** The resource after the operations, and what they do to the members (Groups). */
export function applyScimPatch(resource: Doc, operations: z.infer<typeof ZScimPatch>["Operations"]) {
  const doc: Doc = structuredClone(resource);
  const members: MembersDelta = { added: [], removed: [], clear: false };
  for (const operation of operations) {
    const op = operation.op.toLowerCase();
    const { path, value } = operation;
    if (path?.toLowerCase().startsWith("members")) applyToMembers(op, path, value, members);
    else if (path) setPath(doc, op, path, value);
    else if (op === "remove") throw new ScimError(400, "remove needs a path", "noTarget");
    else if (!isObject(value)) throw new ScimError(400, "without a path, the value must be an object of attributes", "invalidValue");
    else
      for (const [attribute, attributeValue] of Object.entries(value)) {
        if (attribute.toLowerCase() === "members") applyToMembers(op, undefined, attributeValue, members);
        else setPath(doc, op, attribute, attributeValue);
      }
  }
  return { resource: doc, members };
}
