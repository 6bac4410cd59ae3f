// A NUL (U+0000) in a respondent's posted form (customer link r/; pulse p/ and event e/ share the
// check, lib/http/employee-answer-route.ts) is refused 400 before any query: PostgreSQL text
// cannot hold it. The unit tier's database does not exist, so a query would be a 503 page.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/[locale]/(public)/r/[token]/route";
import { NUL_DETAIL } from "@/lib/http/nul-character";

const post = (body: string) =>
  POST(
    new Request("http://localhost/fr/r/token", {
      method: "POST",
      headers: { origin: "http://localhost", host: "localhost", "content-type": "application/x-www-form-urlencoded" },
      body,
    }),
    { params: Promise.resolve({ locale: "fr", token: "token" }) },
  );

describe("the customer respondent route", () => {
  it("refuses a NUL in a field's value or name with 400 and a clear detail, before any query", async () => {
    for (const body of [
      "score=9&comment=a%00b&submissionId=33333333-3333-4333-8333-333333333333",
      "score=9&%00=1&submissionId=33333333-3333-4333-8333-333333333333",
    ]) {
      const response = await post(body);
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { detail: string }).detail).toBe(NUL_DETAIL);
    }
  });
});
