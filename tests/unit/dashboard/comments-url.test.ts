// The comments page's URL: the filters other pages link with come back as given (the data layer
// judges them), empty ones dropped, and links write only what is set.
import { describe, expect, it } from "vitest";
import { commentsHref, readCommentFilters } from "@/lib/dashboard/comments-url";

describe("comments URL", () => {
  it("reads the five filters, the first of repeated ones, and drops empty ones and others", () => {
    expect(
      readCommentFilters({ theme: "t-1", teamId: ["a", "b"], from: "2026-05", to: "", q: " attente ", channel: "PHONE", extra: undefined }),
    ).toEqual({ theme: "t-1", teamId: "a", from: "2026-05", q: " attente " });
  });

  it("keeps a bad value for the data layer to refuse rather than widening the view", () => {
    expect(readCommentFilters({ theme: "'; DROP TABLE x; --", from: "2026-13" })).toEqual({
      theme: "'; DROP TABLE x; --",
      from: "2026-13",
    });
  });

  it("writes links with only what is set, encoded", () => {
    expect(commentsHref("fr", {})).toBe("/fr/comments");
    expect(commentsHref("en", { teamId: "t", from: "2026-05", q: "temps d'attente & co" })).toBe(
      "/en/comments?teamId=t&from=2026-05&q=temps+d%27attente+%26+co",
    );
  });
});
