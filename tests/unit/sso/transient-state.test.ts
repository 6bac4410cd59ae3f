import { describe, expect, it } from "vitest";
import { openState, sealState, stateMatches, type TransientState } from "@/lib/sso/transient-state";

const SECRET = "x".repeat(40);
const value: TransientState = {
  state: "s".repeat(43),
  nonce: "n".repeat(43),
  codeVerifier: "v".repeat(43),
  organisationId: "0190a0a0-0000-7000-8000-000000000001",
  locale: "fr",
  callbackUrl: "/fr/overview",
  expiresAt: Date.now() + 600_000,
};

describe("SSO transient state cookie", () => {
  it("round-trips and hides its content", () => {
    const sealed = sealState(SECRET, value);
    expect(sealed).not.toContain(value.codeVerifier);
    expect(openState(SECRET, sealed)).toEqual(value);
  });

  it("refuses a forged, altered, foreign or expired cookie", () => {
    const sealed = sealState(SECRET, value);
    expect(openState("y".repeat(40), sealed)).toBeNull();
    const [iv, tag, ct] = sealed.split(".");
    const flipped = Buffer.from(ct ?? "", "base64url");
    flipped[3] = (flipped[3] ?? 0) ^ 1;
    expect(openState(SECRET, [iv, tag, flipped.toString("base64url")].join("."))).toBeNull();
    expect(openState(SECRET, Buffer.from(JSON.stringify(value)).toString("base64url"))).toBeNull();
    expect(openState(SECRET, undefined)).toBeNull();
    expect(openState(SECRET, sealed, value.expiresAt)).toBeNull();
  });

  it("checks the returned state exactly", () => {
    expect(stateMatches(value.state, value.state)).toBe(true);
    expect(stateMatches(value.state, value.state.slice(1) + "t")).toBe(false);
    expect(stateMatches(value.state, value.state + "s")).toBe(false);
    expect(stateMatches(value.state, null)).toBe(false);
  });
});
