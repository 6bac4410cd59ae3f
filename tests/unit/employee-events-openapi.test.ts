// openapi.json describes POST /api/v1/employee-events as its zod schema validates it.
import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/http/openapi";
import { EVENT_TYPES } from "@/lib/pulses/employee-event-schema";

type Json = Record<string, unknown>;
const doc = JSON.parse(JSON.stringify(openApiDocument())) as { paths: Record<string, Json>; components: { schemas: Record<string, Json> } };

describe("openapi.json: employee events", () => {
  it("lists POST /api/v1/employee-events with its body, its 201 and problem+json errors", () => {
    const post = doc.paths["/api/v1/employee-events"]!.post as {
      requestBody: Json;
      responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }>;
    };
    expect(Object.keys(doc.paths["/api/v1/employee-events"]!)).toEqual(["post"]);
    expect(post.responses["201"]!.content!["application/json"]!.schema.$ref).toBe("#/components/schemas/EmployeeEvent");
    for (const status of ["401", "422"]) expect(Object.keys(post.responses[status]!.content!)).toEqual(["application/problem+json"]);
    const input = doc.components.schemas.EmployeeEventInput as { properties: Record<string, Json> };
    expect(Object.keys(input.properties).sort()).toEqual(["email", "occurredAt", "type", "userExternalId"]);
    expect(input.properties.type!.enum).toEqual([...EVENT_TYPES]);
    expect(doc.components.schemas.EmployeeEvent).toBeDefined();
  });
});
