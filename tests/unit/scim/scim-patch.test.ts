// PATCH as Entra ID and Okta send it (docs/scim.md): ops in any case, string booleans, filtered
// paths, the enterprise extension's URN paths, and group members in both vendors' shapes.
import { describe, expect, it } from "vitest";
import { ScimError } from "@/lib/scim/scim-error";
import { applyScimPatch, ZScimPatch } from "@/lib/scim/scim-patch";
import { parseScimUser, ENTERPRISE_SCHEMA, USER_SCHEMA } from "@/lib/scim/scim-schemas";

const user = {
  schemas: [USER_SCHEMA],
  userName: "ada@idp.test",
  name: { givenName: "Ada", familyName: "Lovelace" },
  emails: [{ value: "ada@idp.test", type: "work", primary: true }],
  active: true,
};
const ops = (...operations: unknown[]) =>
  ZScimPatch.parse({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: operations }).Operations;

describe("applyScimPatch on a User", () => {
  it("takes Entra's Replace with a string boolean, and a value object without a path", () => {
    expect(parseScimUser(applyScimPatch(user, ops({ op: "Replace", path: "active", value: "False" })).resource).active).toBe(false);
    expect(parseScimUser(applyScimPatch(user, ops({ op: "replace", value: { active: "True" } })).resource).active).toBe(true);
    expect(parseScimUser(applyScimPatch(user, ops({ op: "replace", value: { "name.familyName": "Byron" } })).resource).familyName).toBe(
      "Byron",
    );
  });

  it("sets a filtered multi-valued element and an enterprise attribute", () => {
    const { resource } = applyScimPatch(
      user,
      ops(
        { op: "Add", path: 'emails[type eq "work"].value', value: "ada@new.test" },
        { op: "Add", path: `${ENTERPRISE_SCHEMA}:department`, value: "Relation client" },
      ),
    );
    expect(resource.emails).toEqual([{ value: "ada@new.test", type: "work", primary: true }]);
    expect(resource[ENTERPRISE_SCHEMA]).toEqual({ department: "Relation client" });
    expect(() => parseScimUser(resource)).not.toThrow();
  });

  it("removes an attribute, and refuses a remove without a path", () => {
    expect(applyScimPatch(user, ops({ op: "remove", path: "emails" })).resource.emails).toBeUndefined();
    expect(() => applyScimPatch(user, ops({ op: "remove" }))).toThrow(ScimError);
  });

  it("leaves an unknown attribute to the User schema, which refuses it as invalidSyntax", () => {
    const { resource } = applyScimPatch(user, ops({ op: "add", path: "shoeSize", value: 42 }));
    expect(() => parseScimUser(resource)).toThrow(expect.objectContaining({ status: 400, scimType: "invalidSyntax" }));
  });

  it("refuses an unknown op and an unparsable path", () => {
    expect(ZScimPatch.safeParse({ schemas: ["urn:ietf:params:scim:api:messages:2.0:PatchOp"], Operations: [{ op: "move" }] }).success).toBe(
      false,
    );
    expect(() => applyScimPatch(user, ops({ op: "add", path: "emails[type ne 1]", value: 1 }))).toThrow(
      expect.objectContaining({ scimType: "invalidPath" }),
    );
  });
});

describe("applyScimPatch on group members", () => {
  const group = { schemas: ["urn:ietf:params:scim:schemas:core:2.0:Group"], displayName: "Support" };
  it("reads Entra's add and remove with a value list, and Okta's filtered remove", () => {
    expect(applyScimPatch(group, ops({ op: "Add", path: "members", value: [{ value: "a" }, { value: "b" }] })).members).toEqual({
      added: ["a", "b"],
      removed: [],
      clear: false,
    });
    expect(applyScimPatch(group, ops({ op: "Remove", path: "members", value: [{ value: "a" }] })).members.removed).toEqual(["a"]);
    expect(applyScimPatch(group, ops({ op: "remove", path: 'members[value eq "c"]' })).members.removed).toEqual(["c"]);
  });

  it("treats a replace of the members, and a remove of them all, as a new whole list", () => {
    expect(applyScimPatch(group, ops({ op: "replace", path: "members", value: [{ value: "z" }] })).members).toEqual({
      added: ["z"],
      removed: [],
      clear: true,
    });
    expect(applyScimPatch(group, ops({ op: "remove", path: "members" })).members).toEqual({ added: [], removed: [], clear: true });
    expect(applyScimPatch(group, ops({ op: "replace", value: { displayName: "Support N2" } })).resource.displayName).toBe("Support N2");
  });
});
