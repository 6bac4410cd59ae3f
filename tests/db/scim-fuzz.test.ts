// The SCIM endpoint under drawn input (issue 17 §2, "and by the fuzz"): Users and Groups bodies and
// PATCH operations mutated from what Entra ID and Okta send — unknown attributes, wrong types,
// odd paths and ops, duplicates, strings as booleans, foreign and malformed ids. Every answer must
// be a success or a 4xx in the SCIM error format (never a 500), and a refusal stores nothing.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { entraUser, GROUP, scimOrganisation, type scimClient } from "./scim-request";

const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";
let organisationId: string;
let scim: ReturnType<typeof scimClient>;
let userId: string;
let groupId: string;

beforeAll(async () => {
  ({ organisationId, scim } = await scimOrganisation("scim-fuzz"));
  userId = (await (await scim.createUser(entraUser(1))).json()).id;
  groupId = (await (await scim.createGroup({ schemas: [GROUP], displayName: "Équipe fuzz", members: [{ value: userId }] })).json()).id;
});

const snapshot = async () => [
  await db().membership.findMany({ where: { organisationId }, orderBy: { id: "asc" }, include: { user: true } }),
  await db().team.findMany({ where: { organisationId }, orderBy: { id: "asc" } }),
  await db().auditLog.count({ where: { organisationId } }),
];

const anyValue = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom("True", "False", "", " ", "person1@idp.test", "not an address", "00000000-0000-7000-8000-000000000000"),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.record({ value: fc.string({ maxLength: 8 }) }), { maxLength: 2 }),
  fc.dictionary(fc.constantFrom("givenName", "familyName", "formatted", "value", "x"), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
);
const attribute = fc.constantFrom(
  "userName",
  "externalId",
  "name",
  "displayName",
  "active",
  "emails",
  "title",
  "members",
  "schemas",
  "id",
  "meta",
  "shoeSize",
  "",
);
const userBody = fc
  .tuple(fc.integer({ min: 2, max: 40 }), fc.dictionary(attribute, anyValue, { maxKeys: 3 }), fc.array(attribute, { maxLength: 2 }))
  .map(([n, changes, dropped]) => {
    const body: Record<string, unknown> = { ...entraUser(n), ...changes };
    for (const key of dropped) delete body[key];
    return body;
  });
const path = fc.oneof(
  attribute,
  fc.constantFrom(
    "name.familyName",
    'emails[type eq "work"].value',
    "members",
    'members[value eq "x"]',
    "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
    "a[b",
    "active.",
  ),
);
const operation = fc.record(
  { op: fc.constantFrom("add", "Replace", "remove", "REMOVE", "move", ""), path, value: anyValue },
  { requiredKeys: ["op"] },
);

/** A 2xx, or a 4xx in the SCIM error format after which the directory is as it was. */
async function wellAnswered(send: () => Promise<Response>) {
  const before = await snapshot();
  const response = await send();
  expect(response.status, await response.clone().text()).toBeLessThan(500);
  if (response.status >= 400) {
    expect(await response.json()).toMatchObject({ schemas: [ERROR], status: String(response.status) });
    expect(await snapshot()).toEqual(before);
  }
}

describe("drawn SCIM input", () => {
  it("never answers a 500 to a User body, and a refused one stores nothing", async () => {
    await fc.assert(
      fc.asyncProperty(userBody, fc.boolean(), async (body, replace) => {
        await wellAnswered(() => (replace ? scim.putUser(userId, body) : scim.createUser(body)));
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it("never answers a 500 to PATCH operations on a User or a Group", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 3 }), fc.boolean(), async (operations, onGroup) => {
        await wellAnswered(() => (onGroup ? scim.patchGroup(groupId, operations) : scim.patchUser(userId, operations)));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
