// The requests of the contract fuzz (issue 16 §1): one generator per target — every operation of
// openapi.json, every form endpoint (sign-in, single sign-on, respondent, pulse, event, unsubscribe, next-auth)
// and every server action of the build — each request malformed in some way, and a sender on raw
// node:http so that bodies can be chunked, mislabelled or not UTF-8.
import http from "node:http";
import {
  NASTY_STRINGS,
  PROTOTYPE_KEYS,
  instanceOf,
  uriEncode,
  junkSegment,
  mutatedJson,
  withInvalidUtf8,
  type Json,
  type JunkPools,
  type Random,
} from "./fuzz-values";

export interface FuzzRequest {
  target: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Sent with `Transfer-Encoding: chunked` in this many pieces instead of a Content-Length. */
  chunks?: number;
  /** How the request was broken, for the report of a failure. */
  note: string;
}

export interface FuzzContext {
  random: Random;
  junk: JunkPools;
  baseUrl: string;
  /** Session cookies by role (ADMIN, MANAGER, EMPLOYEE). */
  cookies: Record<string, string>;
  apiKey: string;
  /** A SCIM bearer token of the demo organisation. */
  scimToken: string;
  /** Real ids by path parameter name (id, importId, pulseId, eventId, teamId, membershipId…). */
  ids: Record<string, string[]>;
  /** Fresh respondent tokens (each may take one answer). */
  respondentTokens: string[];
}

export interface Target {
  name: string;
  generate(context: FuzzContext): FuzzRequest;
}

type JsonSchema = Record<string, unknown>;
interface OpenApiOperation {
  operationId?: string;
  parameters?: Array<{ name: string; in: string; schema?: JsonSchema }>;
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const WRONG_CONTENT_TYPES = [
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data",
  "multipart/form-data; boundary=",
  "application/xml",
  "application/json; charset=utf-16",
  "application/json; charset=latin1",
  "application/json, text/csv",
  "*/*",
  "application/",
  ";;;",
];

/** A segment for `{name}`: a real id of the demo organisation, a random UUID or junk. */
function segmentFor(name: string, context: FuzzContext): string {
  const { random } = context;
  const real = context.ids[name] ?? [];
  if (real.length > 0 && random.chance(0.5)) return real[random.below(real.length)]!;
  return random.chance(0.5) ? random.uuid() : junkSegment(random, context.junk);
}

/** A query string built from the declared parameters, broken: junk values, repeats, unknown names, bad escapes. */
function queryFor(parameters: OpenApiOperation["parameters"], context: FuzzContext, components: Record<string, JsonSchema>): string {
  const { random, junk } = context;
  const parts: string[] = [];
  for (const parameter of (parameters ?? []).filter((p) => p.in === "query")) {
    if (random.chance(0.4)) continue;
    const value = random.chance(0.5) ? instanceOf(parameter.schema, components, random) : random.pick([...NASTY_STRINGS, ...junk.strings]);
    const text = typeof value === "string" ? value : JSON.stringify(value);
    parts.push(`${uriEncode(parameter.name)}=${uriEncode(text ?? "")}`);
    if (random.chance(0.1)) parts.push(`${uriEncode(parameter.name)}=${uriEncode(random.pick(NASTY_STRINGS))}`);
  }
  if (random.chance(0.2)) parts.push(`${uriEncode(random.pick([...PROTOTYPE_KEYS, ...junk.strings]))}=1`);
  if (random.chance(0.1)) parts.push(random.pick(["%ZZ=1", "a=%C0%80", "a[b]=1", "a=%", "&&&", "=", "a".repeat(5_000) + "=1"]));
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** A body for a declared content type: a JSON instance broken in one place, or CSV lines broken. */
function bodyFor(type: string, schema: JsonSchema | undefined, context: FuzzContext, components: Record<string, JsonSchema>) {
  const { random, junk } = context;
  if (type.includes("json")) {
    const { text, mutation } = mutatedJson(instanceOf(schema, components, random), random, junk);
    return { text, note: mutation };
  }
  const header = random.chance(0.7) ? "teamExternalId,channel,score,comment,occurredAt,momentOfTruth\n" : `${random.pick(junk.strings)}\n`;
  const rows = Array.from({ length: 1 + random.below(5) }, () =>
    Array.from({ length: random.below(8) }, () => {
      const cell = random.pick([...NASTY_STRINGS, ...junk.strings, '"unterminated', 'a""b', "10", "-3"]);
      return random.chance(0.5) ? `"${cell.replaceAll('"', '""')}"` : cell;
    }).join(random.pick([",", ";", "\t"])),
  );
  return { text: header + rows.join(random.pick(["\n", "\r\n", "\r"])), note: "csv" };
}

/** Encodes a text as sent: mostly UTF-8, sometimes with invalid bytes spliced in. */
function encoded(text: string, random: Random): { body: Buffer; note: string } {
  return random.chance(0.1)
    ? { body: withInvalidUtf8(text, random), note: "invalid utf-8" }
    : { body: Buffer.from(text, "utf8"), note: "" };
}

/** The transfer: a Content-Length, or chunked in a few pieces. */
const chunking = (random: Random) => (random.chance(0.25) ? 1 + random.below(6) : undefined);

/** One target per operation of the OpenAPI document, signed with the key most of the time. */
export function apiTargets(document: OpenApiDocument): Target[] {
  const components = document.components?.schemas ?? {};
  return Object.entries(document.paths).flatMap(([template, methods]) =>
    Object.entries(methods).map(([method, operation]): Target => ({
      name: `${method.toUpperCase()} ${template}`,
      generate(context) {
        const { random } = context;
        const notes: string[] = [];
        const path =
          template.replace(/\{(\w+)\}/g, (_, name: string) => segmentFor(name, context)) +
          queryFor(operation.parameters, context, components);
        const headers: Record<string, string> = {};
        const auth = random.next();
        if (auth < 0.85) headers.authorization = `Bearer ${context.apiKey}`;
        else if (auth < 0.9)
          headers.authorization = random.pick([
            "Bearer",
            "Bearer ",
            "Basic YTpi",
            `Bearer ${context.apiKey}x`,
            "Bearer sym_live_" + "a".repeat(500),
          ]);
        if (auth >= 0.85) notes.push("auth");
        let verb = method.toUpperCase();
        if (random.chance(0.05)) {
          verb = random.pick(["PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "POST", "GET"]);
          notes.push(`method ${verb}`);
        }
        const content = operation.requestBody?.content;
        if (!content || verb === "GET" || verb === "HEAD") {
          if (random.chance(0.1) && verb !== "GET" && verb !== "HEAD")
            return { target: this.name, method: verb, path, headers, body: Buffer.from("{}"), note: notes.join(", ") };
          return { target: this.name, method: verb, path, headers, note: notes.join(", ") };
        }
        const [type, media] = random.pick(Object.entries(content));
        const { text, note } = bodyFor(type, media.schema, context, components);
        notes.push(note);
        headers["content-type"] = random.chance(0.8) ? type : random.pick(WRONG_CONTENT_TYPES);
        if (headers["content-type"] !== type) notes.push(`content-type ${headers["content-type"]}`);
        const { body, note: encoding } = encoded(text, random);
        if (encoding) notes.push(encoding);
        const chunks = chunking(random);
        if (chunks) notes.push("chunked");
        return { target: this.name, method: verb, path, headers, body, chunks, note: notes.filter(Boolean).join(", ") };
      },
    })),
  );
}

const SCIM_USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const SCIM_GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group";
const SCIM_PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";

/** A plausible SCIM body for a resource, before it is broken in one place. */
function scimInstance(resource: "Users" | "Groups", method: string, context: FuzzContext): Json {
  const { random } = context;
  const member = () => ({ value: segmentFor(random.chance(0.5) ? "membershipId" : "teamId", context) });
  if (method === "PATCH")
    return {
      schemas: [SCIM_PATCH],
      Operations: Array.from({ length: 1 + random.below(3) }, () => ({
        op: random.pick(["add", "replace", "remove", "Replace", "Add", "move", ""]),
        path: random.pick([
          "active",
          "members",
          `members[value eq "${random.uuid()}"]`,
          "name.givenName",
          "displayName",
          "userName",
          'emails[type eq "work"].value',
          "",
          "][",
        ]),
        value: random.pick<Json>(["False", false, "true", [member()], { active: false }, "x", null, 1]),
      })),
    };
  if (resource === "Users")
    return {
      schemas: [SCIM_USER],
      userName: `fuzz${random.below(100_000)}@example.org`,
      externalId: `FUZZ-${random.below(100_000)}`,
      name: { givenName: "Fuzz", familyName: "Test" },
      emails: [{ value: `fuzz${random.below(100_000)}@example.org`, primary: true, type: "work" }],
      active: random.chance(0.8),
    };
  return {
    schemas: [SCIM_GROUP],
    displayName: `Fuzz ${random.below(100_000)}`,
    externalId: `G-${random.below(1000)}`,
    members: [member(), member()],
  };
}

/** SCIM 2.0 (/scim/v2): Users and Groups with every method, the discovery endpoints, broken filters and pagination. */
export function scimTargets(): Target[] {
  const collection = (resource: "Users" | "Groups", method: string): Target => ({
    name: `SCIM ${method} /scim/v2/${resource}${method === "GET" || method === "POST" ? "" : "/{id}"}`,
    generate(context) {
      const { random, junk } = context;
      const notes: string[] = [];
      const headers: Record<string, string> = {};
      if (random.chance(0.85)) headers.authorization = `Bearer ${context.scimToken}`;
      else {
        headers.authorization = random.pick(["Bearer", "Bearer x", `Bearer ${context.apiKey}`, `Bearer ${context.scimToken}x`]);
        notes.push("auth");
      }
      const single = method !== "GET" && method !== "POST";
      const id = segmentFor(resource === "Users" ? "membershipId" : "teamId", context);
      let path = `/scim/v2/${resource}${single || random.chance(0.1) ? `/${id}` : ""}`;
      if (method === "GET" && random.chance(0.7)) {
        const attribute = random.pick(["userName", "externalId", "displayName", "emails.value", "name", random.pick(junk.strings)]);
        const filter = random.pick([
          `${attribute} eq "${random.pick([...NASTY_STRINGS, ...junk.strings]).replaceAll('"', '\\"')}"`,
          `${attribute} co "a"`,
          `${attribute} eq`,
          `(${attribute} eq "a") or (${attribute} eq "b")`,
          random.pick(junk.strings),
          'userName eq "unterminated',
        ]);
        path += `?filter=${uriEncode(filter)}&startIndex=${uriEncode(random.pick(["1", "0", "-5", "1e9", "x", ""]))}&count=${uriEncode(random.pick(["10", "0", "-1", "100000", "NaN"]))}`;
      }
      if (method === "GET" || method === "DELETE") return { target: this.name, method, path, headers, note: notes.join(", ") };
      const { text, mutation } = mutatedJson(scimInstance(resource, method, context), random, junk);
      notes.push(mutation);
      headers["content-type"] = random.chance(0.8)
        ? random.pick(["application/scim+json", "application/json"])
        : random.pick(WRONG_CONTENT_TYPES);
      const { body, note } = encoded(text, random);
      if (note) notes.push(note);
      const chunks = chunking(random);
      if (chunks) notes.push("chunked");
      return { target: this.name, method, path, headers, body, chunks, note: notes.join(", ") };
    },
  });
  const discovery = (endpoint: string): Target => ({
    name: `SCIM GET /scim/v2/${endpoint}`,
    generate(context) {
      const authorized = context.random.chance(0.8);
      const suffix = context.random.chance(0.3) ? `/${junkSegment(context.random, context.junk)}` : "";
      return {
        target: this.name,
        method: context.random.chance(0.9) ? "GET" : "POST",
        path: `/scim/v2/${endpoint}${suffix}`,
        headers: (authorized ? { authorization: `Bearer ${context.scimToken}` } : {}) as Record<string, string>,
        note: authorized ? "" : "anonymous",
      };
    },
  });
  return [
    ...(["Users", "Groups"] as const).flatMap((resource) =>
      ["GET", "POST", "PUT", "PATCH", "DELETE"].map((method) => collection(resource, method)),
    ),
    ...["ServiceProviderConfig", "ResourceTypes", "Schemas"].map(discovery),
  ];
}

/** A form body over the field names the page draws: junk values, fields missing, repeated or unknown. */
export function formBody(
  fields: readonly string[],
  context: FuzzContext,
  extra: Record<string, string> = {},
): { body: Buffer; contentType: string; note: string } {
  const { random, junk } = context;
  const entries: Array<[string, string]> = Object.entries(extra);
  for (const field of fields) {
    if (random.chance(0.25)) continue;
    const value = random.pick([
      () => random.pick(NASTY_STRINGS),
      () => random.pick(junk.strings),
      () => String(random.below(12) - 1),
      () => random.uuid(),
      () => "x".repeat(random.pick([3_000, 70_000])),
      () => JSON.stringify(random.pick(junk.values)),
    ])();
    entries.push([field, value]);
    if (random.chance(0.1)) entries.push([field, random.pick(NASTY_STRINGS)]);
  }
  if (random.chance(0.3)) entries.push([random.pick([...PROTOTYPE_KEYS, ...junk.strings]), random.pick(NASTY_STRINGS)]);
  const kind = random.next();
  if (kind < 0.6) {
    const text = entries.map(([name, value]) => `${uriEncode(name)}=${uriEncode(value)}`).join("&");
    const broken = random.chance(0.1) ? `${text}&%ZZ=%C0%80&=&a=%` : text;
    const { body, note } = encoded(broken, random);
    return { body, contentType: "application/x-www-form-urlencoded", note: `urlencoded${note ? `, ${note}` : ""}` };
  }
  if (kind < 0.9) {
    const boundary = `----fuzz${random.below(1e9)}`;
    const parts = entries.map(([name, value]) => {
      const file = random.chance(0.1)
        ? `; filename="${random.pick(["a.csv", "../../x", "\u0000.csv", "é.csv"])}"\r\nContent-Type: text/csv`
        : "";
      return `--${boundary}\r\nContent-Disposition: form-data; name="${name.replaceAll('"', "%22").replace(/[\r\n]/g, "")}"${file}\r\n\r\n${value}\r\n`;
    });
    const closing = random.chance(0.9) ? `--${boundary}--\r\n` : random.pick(["", `--${boundary}`, "--other--\r\n"]);
    const declared = random.chance(0.9) ? boundary : random.pick(["", "other", "x".repeat(200)]);
    return {
      body: Buffer.from(parts.join("") + closing, "utf8"),
      contentType: `multipart/form-data; boundary=${declared}`,
      note: "multipart",
    };
  }
  const contentType = random.pick(WRONG_CONTENT_TYPES.concat(["application/json"]));
  return { body: Buffer.from(JSON.stringify(Object.fromEntries(entries)), "utf8"), contentType, note: `content-type ${contentType}` };
}

/** Origin as a browser sends it, or a foreign one, or none. */
function originHeader(context: FuzzContext, headers: Record<string, string>, notes: string[]): void {
  const roll = context.random.next();
  if (roll < 0.85) headers.origin = context.baseUrl;
  else if (roll < 0.95) {
    headers.origin = context.random.pick(["https://evil.example", "null", "http://127.0.0.1", context.baseUrl + ".evil.example"]);
    notes.push(`origin ${headers.origin}`);
  } else notes.push("no origin");
}

function cookieHeader(context: FuzzContext, weights: Record<string, number>, headers: Record<string, string>, notes: string[]): void {
  let roll = context.random.next();
  for (const [role, weight] of Object.entries(weights)) {
    roll -= weight;
    if (roll < 0) {
      if (role === "junk") headers.cookie = `next-auth.session-token=${junkSegment(context.random, context.junk)}`;
      else if (context.cookies[role]) headers.cookie = context.cookies[role]!;
      notes.push(`as ${role}`);
      return;
    }
  }
  notes.push("anonymous");
}

export interface FormEndpoint {
  name: string;
  /** The path, given the context (a real or junk id in it). */
  path(context: FuzzContext): string;
  fields: readonly string[];
  /** Weights of the session cookie sent (ADMIN, MANAGER, EMPLOYEE, junk); the rest anonymous. */
  cookies?: Record<string, number>;
  methods?: readonly string[];
}

/** A form endpoint posted to with broken forms, from the expected origin most of the time. */
export function formTarget(endpoint: FormEndpoint): Target {
  return {
    name: endpoint.name,
    generate(context) {
      const { random } = context;
      const notes: string[] = [];
      const headers: Record<string, string> = {};
      originHeader(context, headers, notes);
      cookieHeader(context, endpoint.cookies ?? {}, headers, notes);
      const method = random.pick(endpoint.methods ?? ["POST"]);
      const path = endpoint.path(context);
      if (method === "GET") return { target: endpoint.name, method, path, headers, note: notes.join(", ") };
      const { body, contentType, note } = formBody(endpoint.fields, context);
      headers["content-type"] = contentType;
      notes.push(note);
      const chunks = chunking(random);
      if (chunks) notes.push("chunked");
      return { target: endpoint.name, method, path, headers, body, chunks, note: notes.join(", ") };
    },
  };
}

export interface ServerAction {
  id: string;
  /** The page that holds it, as a URL path (`/fr/account`), dynamic segments filled per request. */
  page: string;
  fields: readonly string[];
}

/** React's reply encoding of action arguments, broken: junk arguments, references that point nowhere. */
function actionArguments(context: FuzzContext): string {
  const { random, junk } = context;
  return random.pick([
    () => JSON.stringify(Array.from({ length: random.below(4) }, () => random.pick(junk.values))),
    () =>
      JSON.stringify([
        random.pick(["$K1", "$Q1", "$@1", "$T", "$n99999999999999999999999", "$D0000", "$I", "$undefined", "$h1", "$F1", "$$", "$"]),
      ]),
    () => JSON.stringify(["$undefined", random.pick(junk.objects)]),
    () => random.pick(["", "[", "{}", "null", "[[[[", "1e400", '"\\ud800"']),
    () => "[".repeat(20_000) + "]".repeat(20_000),
    () => JSON.stringify(random.pick(junk.objects)),
  ])();
}

/** Every server action of the build, called as Next's client calls it, as a form without JavaScript, or with an unknown id. */
export function actionTarget(action: ServerAction): Target {
  return {
    name: `action ${action.page} ${action.id.slice(0, 8)}`,
    generate(context) {
      const { random } = context;
      const notes: string[] = [];
      const headers: Record<string, string> = {};
      originHeader(context, headers, notes);
      cookieHeader(context, { ADMIN: 0.6, MANAGER: 0.1, EMPLOYEE: 0.1, junk: 0.05 }, headers, notes);
      const path = action.page.replace(/\[(\w+)\]/g, (_, name: string) => segmentFor(name, context));
      const id = random.chance(0.05) ? random.pick(["0".repeat(40), "x", "", junkSegment(random, context.junk).slice(0, 100)]) : action.id;
      const style = random.next();
      if (style < 0.45) {
        // As the client calls it: the id in a header, the arguments in the body.
        headers["next-action"] = id;
        headers.accept = "text/x-component";
        if (random.chance(0.3))
          headers["next-router-state-tree"] = random.pick([
            uriEncode('["",{"children":["__PAGE__",{}]},null,null,true]'),
            "%ZZ",
            "[",
            uriEncode(JSON.stringify(random.pick(context.junk.values))),
          ]);
        if (random.chance(0.7)) {
          headers["content-type"] = "text/plain;charset=UTF-8";
          const { body, note } = encoded(actionArguments(context), random);
          notes.push(`reply text${note ? `, ${note}` : ""}`);
          return { target: this.name, method: "POST", path, headers, body, chunks: chunking(random), note: notes.join(", ") };
        }
        const { body, contentType, note } = formBody(
          action.fields.map((field) => `_1_${field}`),
          context,
          {
            "0": random.chance(0.5) ? random.pick(['["$K1"]', '[null,"$K1"]', '[{"ok":false},"$K1"]']) : actionArguments(context),
            [`_1_$ACTION_ID_${id}`]: "",
          },
        );
        headers["content-type"] = contentType;
        notes.push(`reply form (${note})`);
        return { target: this.name, method: "POST", path, headers, body, chunks: chunking(random), note: notes.join(", ") };
      }
      // As a form posted without JavaScript: the id (or a bound reference) among the fields.
      const extra: Record<string, string> =
        style < 0.8
          ? { [`$ACTION_ID_${id}`]: "" }
          : {
              $ACTION_REF_1: "",
              "$ACTION_1:0": JSON.stringify({ id, bound: random.chance(0.5) ? "$@1" : null }),
              "$ACTION_1:1": actionArguments(context),
              $ACTION_KEY: random.pick(["k0", "", "x".repeat(1000)]),
            };
      const { body, contentType, note } = formBody(action.fields, context, extra);
      headers["content-type"] = contentType;
      notes.push(`no-js form (${note})`);
      return { target: this.name, method: "POST", path, headers, body, chunks: chunking(random), note: notes.join(", ") };
    },
  };
}

export interface Outcome {
  status: number;
  ms: number;
  /** A connection error or a timeout, when no status came back. */
  error?: string;
}

/** Sends one request on raw node:http (no client-side checks on bodies); a header the client refuses counts as sent and skipped. */
export function send(agent: http.Agent, baseUrl: string, request: FuzzRequest, timeoutMs: number): Promise<Outcome> {
  const started = performance.now();
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: Omit<Outcome, "ms">) => {
      if (done) return;
      done = true;
      resolve({ ...outcome, ms: performance.now() - started });
    };
    let client: http.ClientRequest;
    try {
      const headers: Record<string, string | number> = { ...request.headers, "x-forwarded-for": fakeAddress() };
      if (request.body && !request.chunks) headers["content-length"] = request.body.length;
      client = http.request({ host: url.hostname, port: url.port, method: request.method, path: request.path, headers, agent });
    } catch (error) {
      finish({ status: -1, error: `not sendable: ${(error as Error).message}` });
      return;
    }
    client.setTimeout(timeoutMs, () => {
      client.destroy();
      finish({ status: 0, error: "timeout" });
    });
    client.on("response", (response) => {
      response.resume();
      response.on("end", () => finish({ status: response.statusCode ?? 0 }));
      response.on("error", () => finish({ status: response.statusCode ?? 0 }));
    });
    client.on("error", (error) => finish({ status: 0, error: error.message }));
    if (request.body && request.chunks) {
      const size = Math.ceil(request.body.length / request.chunks);
      for (let at = 0; at < request.body.length; at += size) client.write(request.body.subarray(at, at + size));
      client.end();
    } else client.end(request.body);
  });
}

/** Each request from its own client address (TRUST_PROXY=127.0.0.1 in the fuzz's server): the per-address limits do not answer everything with 429. */
function fakeAddress(): string {
  const n = Math.floor(Math.random() * 0xffffff);
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}
