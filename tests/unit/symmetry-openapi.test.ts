// openapi.json describes GET /api/v1/symmetry as its zod schemas parse and answer.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/http/openapi";

type Json = Record<string, unknown>;
const doc = JSON.parse(JSON.stringify(openApiDocument())) as { paths: Record<string, Json>; components: { schemas: Record<string, Json> } };

describe("openapi.json: symmetry", () => {
  it("lists GET /api/v1/symmetry with from, to, teamId, its result and problem+json errors", () => {
    expect(Object.keys(doc.paths["/api/v1/symmetry"]!)).toEqual(["get"]);
    const get = doc.paths["/api/v1/symmetry"]!.get as {
      parameters: Array<{ name: string; in: string; required: boolean; schema: Json }>;
      responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
    };
    expect(get.parameters.map((p) => [p.name, p.in, p.required])).toEqual([
      ["from", "query", false],
      ["to", "query", false],
      ["teamId", "query", false],
    ]);
    expect(get.parameters[0]!.schema.pattern).toBeDefined();
    expect(get.responses["200"]!.content!["application/json"]!.schema.$ref).toBe("#/components/schemas/SymmetryResult");
    for (const status of ["401", "404", "422"]) expect(Object.keys(get.responses[status]!.content!)).toEqual(["application/problem+json"]);
    const result = doc.components.schemas.SymmetryResult as { properties: Record<string, Json> };
    expect(Object.keys(result.properties).sort()).toEqual(["correlation", "minCustomerResponses", "teams"]);
  });

  it("documents a customer NPS under the minimum n: counts kept, score and interval nullable, a tooFew flag", () => {
    const team = doc.components.schemas.SymmetryResult as { properties: { teams: { items: { properties: Record<string, Json> } } } };
    const nps = JSON.stringify(team.properties.teams.items.properties.nps);
    expect(nps).toContain('"tooFew"');
    expect(nps).toMatch(/minCustomerResponses/);
    const result = doc.components.schemas.SymmetryResult as { properties: Record<string, Json> };
    expect(result.properties.minCustomerResponses!.description).toMatch(/default 10/);
  });

  it("documents hiddenReason on each team: one value, nullable, saying why without saying how many", () => {
    const team = doc.components.schemas.SymmetryResult as { properties: { teams: { items: { properties: Record<string, Json> } } } };
    const reason = team.properties.teams.items.properties.hiddenReason as { anyOf?: Json[]; enum?: unknown[]; description: string };
    expect(JSON.stringify(reason)).toContain('"anonymity"');
    expect(reason.description).toMatch(/deliberately not said/);
  });
});
