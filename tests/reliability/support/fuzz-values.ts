// Building blocks of the contract fuzz (issue 16 §1, tests/reliability/fuzz.test.ts): a seeded
// random source, junk values of every JSON type (from fast-check's arbitraries, sampled once into
// pools), instances of a JSON Schema as the OpenAPI document describes a body, and the mutations
// that make such an instance malformed in one place: wrong type, missing or extra field, huge
// string, deep nesting, `__proto__`.
import fc from "fast-check";
import { Rng } from "../../../scripts/db/seed/prng";

/** The demo seed's random source (mulberry32): the same seed replays the same requests. */
export class Random extends Rng {
  /** Integer in [0, n). */
  below(n: number): number {
    return this.int(0, n - 1);
  }
}

/** Pools of junk sampled once from fast-check (seeded): strings of any code point, JSON values, objects. */
export function junkPools(seed: number) {
  const size = 400;
  return {
    strings: fc.sample(fc.string({ unit: "binary", maxLength: 40 }), { seed, numRuns: size }),
    values: fc.sample(fc.jsonValue({ maxDepth: 3 }), { seed: seed + 1, numRuns: size }) as Json[],
    objects: fc.sample(fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }), {
      seed: seed + 2,
      numRuns: size,
    }),
  };
}
export type JunkPools = ReturnType<typeof junkPools>;

/** encodeURIComponent for any string: a lone surrogate is sent as U+FFFD, as a browser's UTF-8 encoder does. */
export function uriEncode(text: string): string {
  return encodeURIComponent(Buffer.from(text, "utf8").toString("utf8"));
}

/** Strings that broke parsers somewhere: numbers out of range, dates that are not, injections, control characters. */
export const NASTY_STRINGS = [
  "",
  " ",
  "0",
  "-1",
  "1e309",
  "-0",
  "NaN",
  "Infinity",
  "9007199254740993",
  "0x10",
  "true",
  "null",
  "undefined",
  "[object Object]",
  "2026-02-30",
  "2026-13-01T25:61:61Z",
  "0000-00-00",
  "99999-12-31T23:59:59Z",
  '\'; DROP TABLE "Contact"; --',
  "%00",
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff\ud800",
  "\u202e",
  "\ufeff",
  "../../etc/passwd",
  "<script>alert(1)</script>",
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "prototype",
  "hasOwnProperty",
  "toString",
  "valueOf",
  "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
  "𝕊𝕪𝕞é𝕥𝕣𝕚𝕖",
  "e\u0301",
  "ÿ".repeat(300),
];

export const PROTOTYPE_KEYS = ["__proto__", "constructor", "prototype", "__defineGetter__", "toString"];

type JsonSchema = Record<string, unknown>;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A plausible instance of `schema` (the valid shape the mutations then break), resolving `#/components/schemas/…`. */
export function instanceOf(schema: JsonSchema | undefined, components: Record<string, JsonSchema>, random: Random, depth = 0): Json {
  if (!schema || depth > 8) return null;
  if (typeof schema.$ref === "string") return instanceOf(components[schema.$ref.split("/").pop()!], components, random, depth + 1);
  if ("const" in schema) return schema.const as Json;
  if (Array.isArray(schema.enum)) return random.pick(schema.enum as Json[]);
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0)
      return instanceOf(random.pick(options as JsonSchema[]), components, random, depth + 1);
  }
  if (Array.isArray(schema.allOf) && schema.allOf.length > 0) {
    const parts = (schema.allOf as JsonSchema[]).map((part) => instanceOf(part, components, random, depth + 1));
    return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0]!;
  }
  const types = Array.isArray(schema.type) ? (schema.type as string[]).filter((type) => type !== "null") : [schema.type];
  const type = types.length > 0 ? random.pick(types) : undefined;
  switch (type) {
    case "object": {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      const required = new Set((schema.required ?? []) as string[]);
      const out: Record<string, Json> = {};
      for (const [name, property] of Object.entries(properties))
        if (required.has(name) || random.chance(0.5)) out[name] = instanceOf(property, components, random, depth + 1);
      return out;
    }
    case "array": {
      const min = typeof schema.minItems === "number" ? schema.minItems : 0;
      const count = Math.min(min + random.below(3), typeof schema.maxItems === "number" ? schema.maxItems : 50);
      return Array.from({ length: count }, () => instanceOf(schema.items as JsonSchema, components, random, depth + 1));
    }
    case "string":
      return stringOf(schema, random);
    case "integer":
    case "number": {
      const min = typeof schema.minimum === "number" ? schema.minimum : 0;
      const max = typeof schema.maximum === "number" ? schema.maximum : min + 100;
      const value = min + random.next() * (max - min);
      return type === "integer" ? Math.round(value) : value;
    }
    case "boolean":
      return random.chance(0.5);
    default:
      return null;
  }
}

function stringOf(schema: JsonSchema, random: Random): string {
  switch (schema.format) {
    case "uuid":
      return random.uuid();
    case "date-time":
      return new Date(Date.UTC(2026, random.below(12), 1 + random.below(28))).toISOString();
    case "date":
      return `2026-${String(1 + random.below(12)).padStart(2, "0")}-${String(1 + random.below(28)).padStart(2, "0")}`;
    case "email":
      return `fuzz${random.below(1000)}@example.org`;
    case "uri":
      return "https://example.org/fuzz";
  }
  const min = typeof schema.minLength === "number" ? schema.minLength : 1;
  return "fuzz".padEnd(Math.max(min, 4), "z").slice(0, typeof schema.maxLength === "number" ? schema.maxLength : 40);
}

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every place a value sits in `value`: [] is the whole, ["a", 0] is value.a[0]. */
function placesIn(value: Json, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => placesIn(item, [...at, i], out));
  else if (isObject(value)) for (const [key, item] of Object.entries(value)) placesIn(item, [...at, key], out);
  return out;
}

/** A marker replaced in the serialised text (nesting too deep to build as an object, raw `__proto__` keys). */
const RAW = "\u0000raw:";

/** A raw JSON text put in place of one value: deep nesting, a `__proto__` object. */
function rawValue(random: Random): string {
  const depth = random.pick([100, 1_000, 10_000, 50_000]);
  return random.pick([
    "[".repeat(depth) + "]".repeat(depth),
    '{"a":'.repeat(depth) + "1" + "}".repeat(depth),
    '{"__proto__":{"isAdmin":true,"role":"ADMIN","organisationId":"00000000-0000-0000-0000-000000000000"}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"__proto__":null}',
    "1e400",
    "-1e-400",
    "123456789012345678901234567890",
  ]);
}

export type Mutation = "wrong type" | "missing" | "extra field" | "huge string" | "raw" | "valid";

/**
 * `instance` broken in one place, serialised: a value of the wrong type, a field removed, an
 * extra (possibly prototype) field, a huge string, or raw JSON (deep nesting, `__proto__`, big numbers).
 */
export function mutatedJson(instance: Json, random: Random, junk: JunkPools): { text: string; mutation: Mutation } {
  const copy = structuredClone(instance);
  const places = placesIn(copy);
  const place = random.pick(places);
  const mutation = random.pick<Mutation>(["wrong type", "wrong type", "missing", "extra field", "huge string", "raw", "valid"]);
  const container = place.length === 0 ? undefined : place.slice(0, -1).reduce<Json>((value, key) => (value as never)[key], copy);
  const key = place[place.length - 1];
  const set = (value: Json): Json => {
    if (container === undefined || key === undefined) return value;
    (container as Record<string | number, Json>)[key] = value;
    return copy;
  };
  let result: Json = copy;
  switch (mutation) {
    case "wrong type":
      result = set(
        random.chance(0.5) ? random.pick(junk.values) : random.pick([...NASTY_STRINGS, 0, -1, 1e308, true, null, [], {}] as Json[]),
      );
      break;
    case "missing":
      if (container !== undefined && key !== undefined) {
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else delete (container as Record<string, Json>)[key as string];
      } else result = random.pick([null, {}, [], ""] as Json[]);
      break;
    case "extra field": {
      const target = isObject(copy) ? copy : undefined;
      const name = random.chance(0.4) ? random.pick(PROTOTYPE_KEYS) : random.pick(junk.strings);
      if (target)
        Object.defineProperty(target, name, { value: random.pick(junk.values), enumerable: true, writable: true, configurable: true });
      else result = { [name]: copy };
      break;
    }
    case "huge string":
      result = set(random.pick(["x", "é", "𝕊", "\u0000"]).repeat(random.pick([10_000, 100_000, 400_000])));
      break;
    case "raw":
      result = set(`${RAW}${rawValue(random)}`);
      break;
    case "valid":
      break;
  }
  return {
    text: JSON.stringify(result).replace(/"\\u0000raw:((?:[^"\\]|\\.)*)"/g, (_, raw: string) => JSON.parse(`"${raw}"`) as string),
    mutation,
  };
}

/** Bytes that are not UTF-8 (lone continuation bytes, overlong encodings, surrogates), spliced into `text`. */
export function withInvalidUtf8(text: string, random: Random): Buffer {
  const bad = random.pick([[0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff, 0xfe], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]]);
  const bytes = Buffer.from(text, "utf8");
  const at = random.below(bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]);
}

/** A token-like path segment that is not one: empty-ish, too long, traversal, encodings that do not decode. */
export function junkSegment(random: Random, junk: JunkPools): string {
  return random.pick([
    () => uriEncode(random.pick(NASTY_STRINGS)) || "%20",
    () => uriEncode(random.pick(junk.strings)) || "x",
    () => "%ZZ",
    () => "%C0%80",
    () => "%ED%A0%80",
    () => "..%2F..%2Fetc%2Fpasswd",
    () => "a".repeat(random.pick([100, 5_000])),
    () => random.uuid(),
    () => random.uuid().toUpperCase(),
    () => random.bytes(32).toString("base64url"),
    () => "null",
    () => "-1",
  ])();
}
