// findPrivacyNotice (issue 19 §5): the public notice reads an organisation by its slug and gives
// only what its survey pages already show; a malformed or unknown slug finds nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/tests/db/owner-db";
import { findPrivacyNotice } from "@/lib/db/organisations/find-privacy-notice";

beforeAll(async () => {
  await db().organisation.create({ data: { slug: "avis-prives", name: "Avis Privés", brandColor: "#0f766e", linkExpiryDays: 14 } });
});

describe("findPrivacyNotice", () => {
  it("gives the organisation's name, colour and link expiry, nothing else", async () => {
    expect(await findPrivacyNotice("avis-prives")).toEqual({ organisationName: "Avis Privés", brandColor: "#0f766e", linkExpiryDays: 14 });
  });

  it.each(["inconnue", "Avis-Prives", "../avis-prives", "a".repeat(60), ""])("finds nothing for %j", async (slug) => {
    expect(await findPrivacyNotice(slug)).toBeNull();
  });
});
