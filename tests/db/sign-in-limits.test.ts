// Sign-in rate limits (issue 12 §6): counted in PostgreSQL before the password is checked, per
// account and per client address. The function under test is the one both sign-in routes call.
import bcrypt from "bcryptjs";
import { beforeAll, describe, expect, it } from "vitest";
import { attemptSignIn, SIGN_IN_ADDRESS } from "@/lib/auth/attempt-sign-in";
import { db } from "@/tests/db/owner-db";
import { verifyCredentials } from "@/lib/db/users/verify-credentials";
import { clientAddressKey, PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { createOrgFixture } from "./fixtures";

const PASSWORD = "un mot de passe correct";
const address = (ip: string) => clientAddressKey(new Headers({ [PEER_ADDRESS_HEADER]: ip }), SIGN_IN_ADDRESS);

/** The real verifyCredentials, counting how many attempts reached the bcrypt comparison. */
function countingVerify() {
  const counter = { checked: 0 };
  const verify: typeof verifyCredentials = (email, password) => {
    counter.checked += 1;
    return verifyCredentials(email, password);
  };
  return { counter, verify };
}

beforeAll(async () => {
  await createOrgFixture("signin", 0);
  await db().user.updateMany({ where: { email: { endsWith: "@signin.test" } }, data: { passwordHash: await bcrypt.hash(PASSWORD, 4) } });
});

describe("attemptSignIn", () => {
  it("checks exactly 5 of 20 concurrent wrong passwords for one account (default limit 5), the rest answered 429-style", async () => {
    const { counter, verify } = countingVerify();
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        attemptSignIn({ email: "employee@signin.test", password: `wrong ${i}`, addressKey: address(`10.0.0.${i}`) }, verify),
      ),
    );
    expect(counter.checked).toBe(5);
    expect(outcomes.filter((o) => o.status === "invalid")).toHaveLength(5);
    const limited = outcomes.filter((o) => o.status === "limited");
    expect(limited).toHaveLength(15);
    for (const o of limited) expect(o.status === "limited" && o.retryAfterSeconds).toBeGreaterThan(800);
  });

  it("refuses the correct password too while the account is limited, without checking it", async () => {
    const { counter, verify } = countingVerify();
    const outcome = await attemptSignIn({ email: "employee@signin.test", password: PASSWORD, addressKey: address("10.9.9.9") }, verify);
    expect(outcome.status).toBe("limited");
    expect(counter.checked).toBe(0);
  });

  it("limits one address across accounts (default 20), and lets other addresses and accounts through", async () => {
    const { counter, verify } = countingVerify();
    const from = address("192.0.2.7");
    const outcomes = [];
    for (let i = 0; i < 22; i++)
      outcomes.push(await attemptSignIn({ email: `nobody${i}@signin.test`, password: "x", addressKey: from }, verify));
    expect(counter.checked).toBe(20);
    expect(outcomes.slice(20).map((o) => o.status)).toEqual(["limited", "limited"]);
    const admin = await attemptSignIn({ email: "admin@signin.test", password: PASSWORD, addressKey: address("192.0.2.8") }, verify);
    expect(admin).toMatchObject({ status: "ok", user: { email: "admin@signin.test" } });
  });

  it("does not count successful sign-ins, but a success never takes back a failure", async () => {
    const { verify } = countingVerify();
    const from = address("198.51.100.1");
    // Ten successes in a row from one address and one account: none is refused.
    for (let i = 0; i < 10; i++) {
      expect((await attemptSignIn({ email: "hr@signin.test", password: PASSWORD, addressKey: from }, verify)).status).toBe("ok");
    }
    // An attacker spraying guesses at many accounts, with a sign-in of their own between guesses,
    // still gets only the address's limit of guesses checked: a success never cancels a failure.
    const guesses = [];
    for (let i = 0; i < 25; i++) {
      guesses.push(await attemptSignIn({ email: `sprayed${i}@signin.test`, password: "guess", addressKey: from }, verify));
      await attemptSignIn({ email: "hr@signin.test", password: PASSWORD, addressKey: from }, verify);
    }
    expect(guesses.map((o) => o.status)).toEqual([...Array(20).fill("invalid"), ...Array(5).fill("limited")]);
  });

  it("keeps no address or email in clear in the counters' keys", async () => {
    const keys = (await db().rateLimit.findMany({ select: { key: true } })).map((row) => row.key).join(" ");
    expect(keys).not.toMatch(/signin\.test|192\.0\.2|10\.0\.0/);
  });
});
