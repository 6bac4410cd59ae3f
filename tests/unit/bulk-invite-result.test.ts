// The bulk invitation's result line (issue 12 §5), read back from the redirect's query in both
// languages: counts formatted, singular and plural, refusals and what remains only when there are.
import { describe, expect, it } from "vitest";
import { bulkInviteResult } from "@/components/organisation/bulk-invite";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

describe("bulkInviteResult", () => {
  it("says what was sent, refused and left, in French", () => {
    const m = fr.organisation.bulkInvite;
    expect(bulkInviteResult("fr", m, { sent: "312", refused: "4", remaining: "0" })).toBe(
      "312 invitations envoyées, 4 refusées par le serveur de mail (à renvoyer plus tard).",
    );
    expect(bulkInviteResult("fr", m, { sent: "1000", refused: "0", remaining: "1" })).toBe(
      "1\u202f000 invitations envoyées. Il reste 1 personne à inviter : cliquez de nouveau.",
    );
    expect(bulkInviteResult("fr", m, { sent: "1" })).toBe("1 invitation envoyée.");
  });

  it("says it in English, and reads garbage as zero", () => {
    const m = en.organisation.bulkInvite;
    expect(bulkInviteResult("en", m, { sent: "2", refused: "1", remaining: "3" })).toBe(
      "2 invitations sent, 1 refused by the mail server (send it again later). 3 more people to invite: click again.",
    );
    expect(bulkInviteResult("en", m, { sent: "<script>", refused: "-4" })).toBe("0 invitations sent.");
  });
});
