// The OpenAPI document is generated from the routes' zod schemas: it must be valid 3.1
// JSON, list every v1 path, resolve every $ref and describe contacts as the code validates.
import { describe, expect, it } from "vitest";
import { apiScopes } from "@/lib/auth/api-scopes";
import { openApiDocument } from "@/lib/http/openapi";
import { ZCreateContactInput, contactChannels } from "@/lib/surveys/contact-schema";

type Json = Record<string, unknown>;
const doc = JSON.parse(JSON.stringify(openApiDocument())) as Json & {
  paths: Record<string, Json>;
  components: { schemas: Record<string, Json>; securitySchemes: Json };
};

function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => refs(child, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string") found.push(value);
      else refs(value, found);
    }
  }
  return found;
}

describe("openapi.json", () => {
  it("is OpenAPI 3.1 with the v1 paths and their methods", () => {
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/actions",
      "/api/v1/actions/{id}",
      "/api/v1/catalogue",
      "/api/v1/contacts",
      "/api/v1/contacts/bulk",
      "/api/v1/contacts/{id}/qr.png",
      "/api/v1/contacts/{id}/qr.svg",
      "/api/v1/employee-events",
      "/api/v1/import/responses",
      "/api/v1/import/responses/{importId}",
      "/api/v1/kpis",
      "/api/v1/openapi.json",
      "/api/v1/people",
      "/api/v1/responses",
      "/api/v1/symmetry",
      "/api/v1/teams",
    ]);
    expect(Object.keys(doc.paths["/api/v1/contacts"]!)).toEqual(["post"]);
    expect(Object.keys(doc.paths["/api/v1/teams"]!)).toEqual(["put", "get"]);
    expect(Object.keys(doc.paths["/api/v1/people"]!)).toEqual(["put", "get"]);
    expect(Object.keys(doc.paths["/api/v1/responses"]!)).toEqual(["get"]);
    expect(Object.keys(doc.paths["/api/v1/actions"]!)).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/api/v1/actions/{id}"]!)).toEqual(["patch"]);
    expect(Object.keys(doc.paths["/api/v1/kpis"]!)).toEqual(["post", "get"]);
  });

  it("names the scope every operation requires, with its 403 (issue 11 §5)", () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations as Record<string, Json>)) {
        if (path === "/api/v1/openapi.json") continue;
        const security = operation.security as Array<{ apiKey: string[] }>;
        expect(security, `${method} ${path}`).toHaveLength(1);
        expect(apiScopes as readonly string[], `${method} ${path}`).toContain(security[0]!.apiKey[0]);
        expect(JSON.stringify(operation.responses), `${method} ${path}`).toContain(`\`${security[0]!.apiKey[0]}\` scope`);
      }
    }
    expect((doc.info as Json).description).toContain("history:import");
  });

  it("gives every keyed operation the per-key limit's 429 with Retry-After (issue 16 §4)", () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      if (path === "/api/v1/openapi.json") continue;
      for (const [method, operation] of Object.entries(operations as Record<string, Json>)) {
        const tooMany = (operation.responses as Record<string, Json>)["429"];
        expect(tooMany?.headers, `${method} ${path}`).toHaveProperty("Retry-After.schema.type", "integer");
      }
    }
  });

  it("resolves every $ref to a component schema", () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(5);
    for (const ref of all) {
      expect(ref).toMatch(/^#\/components\/schemas\//);
      expect(doc.components.schemas[ref.split("/").pop()!], ref).toBeDefined();
    }
  });

  it("describes a contact as ZCreateContactInput validates it", () => {
    const contact = doc.components.schemas.CreateContactInput as {
      properties: Record<string, Json>;
      required: string[];
      additionalProperties: boolean;
    };
    expect(contact.required.sort()).toEqual(["channel", "locale"]);
    expect(contact.properties.channel!.enum).toEqual([...contactChannels]);
    expect(contact.properties.locale!.enum).toEqual(["fr", "en"]);
    expect(contact.properties.customerEmail!.format).toBe("email");
    expect(contact.additionalProperties).toBe(false);
    expect(Object.keys(contact.properties).sort()).toEqual(Object.keys(ZCreateContactInput.shape).sort());
  });

  it("answers every error as problem+json and documents bearer auth", () => {
    const post = doc.paths["/api/v1/contacts"]!.post as { responses: Record<string, { content?: Record<string, unknown> }> };
    for (const status of ["400", "401", "415", "422", "500"])
      expect(Object.keys(post.responses[status]!.content!)).toEqual(["application/problem+json"]);
    expect(
      Object.keys(post.responses)
        .filter((s) => s.startsWith("2"))
        .sort(),
    ).toEqual(["200", "201"]);
    expect(doc.components.securitySchemes).toMatchObject({ apiKey: { type: "http", scheme: "bearer" } });
    expect((doc.paths["/api/v1/openapi.json"]!.get as Json).security).toEqual([]);
  });

  it("lists the responses query parameters with their bounds", () => {
    const parameters = (doc.paths["/api/v1/responses"]!.get as { parameters: Array<Json & { schema: Json }> }).parameters;
    expect(parameters.map((p) => p.name).sort()).toEqual(["cursor", "limit", "since"]);
    expect(parameters.find((p) => p.name === "limit")!.schema).toMatchObject({ type: "integer", minimum: 1, maximum: 1000, default: 100 });
    const page = doc.components.schemas.ResponsesPage as { properties: Record<string, Json> };
    expect(Object.keys(page.properties).sort()).toEqual(["data", "nextCursor"]);
  });
});
