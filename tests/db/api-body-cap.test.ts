// Issue 16 §2 in lib/http/api-route.ts: a chunked body with no Content-Length is read as a
// stream and refused at the route's cap (413 problem+json), and nothing is stored.
import { beforeAll, expect, it } from "vitest";
import { POST as postEvent } from "@/app/api/v1/employee-events/route";
import { createApiKeyForOrganisation } from "@/lib/db/api-keys/create-api-key";
import { db } from "@/tests/db/owner-db";
import { createOrgFixture, type OrgFixture } from "./fixtures";

let org: OrgFixture;
let key: string;

beforeAll(async () => {
  org = await createOrgFixture("api-body-cap", 0);
  key = (await createApiKeyForOrganisation("api-body-cap", "body cap", ["events:write"])).key;
});

it("a chunked body past the route's cap (8 KiB for employee events) → 413, read no further, nothing stored", async () => {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled++;
      if (pulled > 1_000) return controller.close(); // 4 MB if the route read it all
      controller.enqueue(new TextEncoder().encode(`{"padding":"${"a".repeat(4_000)}`));
    },
  });
  const response = await postEvent(
    new Request("http://localhost/api/v1/employee-events", {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit),
  );
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(((await response.json()) as { detail: string }).detail).toBe("The body is larger than 8192 bytes.");
  expect(pulled).toBeLessThan(10);
  expect(await db().employeeEvent.count({ where: { organisationId: org.organisationId } })).toBe(0);
});
