// The checks before Next decodes a server action (lib/http/action-request-guard.ts): what Next's
// client sends passes, the fuzz's malformed requests that Next answered 500 are refused 4xx.
import { describe, expect, it } from "vitest";
import { checkActionRequest, isPagePost } from "@/lib/http/action-request-guard";
import { decodablePath } from "@/lib/http/decodable-path";
import { NUL_DETAIL } from "@/lib/http/nul-character";

const ID = "7f".padEnd(42, "a1");
const OTHER = "7f".padEnd(42, "b2");
const KNOWN = new Set([ID]);
const HOST = "127.0.0.1:3000";

function headers(extra: Record<string, string>): Headers {
  return new Headers({ host: HOST, origin: `http://${HOST}`, ...extra });
}

const fetchAction = (body: string | Buffer, extra: Record<string, string> = {}) =>
  checkActionRequest(headers({ "next-action": ID, "content-type": "text/plain;charset=UTF-8", ...extra }), Buffer.from(body), KNOWN);

function multipart(fields: Array<[string | null, string]>, boundary = "b0undary"): { body: Buffer; type: string } {
  const parts = fields.map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data${name === null ? "" : `; name="${name}"`}\r\n\r\n${value}\r\n`,
  );
  return { body: Buffer.from(`${parts.join("")}--${boundary}--\r\n`), type: `multipart/form-data; boundary=${boundary}` };
}

describe("isPagePost", () => {
  it("is a POST to a page, not to an API or a respondent route handler", () => {
    expect(isPagePost("POST", "/fr/settings")).toBe(true);
    expect(isPagePost("POST", "/fr/actions/1/edit?x=1")).toBe(true);
    expect(isPagePost("GET", "/fr/settings")).toBe(false);
    for (const url of ["/api/v1/contacts", "/api/session/start", "/fr/r/abc", "/en/p/abc", "/fr/e/abc"])
      expect(isPagePost("POST", url)).toBe(false);
  });
});

describe("decodablePath", () => {
  it("refuses %-escapes that do not decode, in the path only", () => {
    expect(decodablePath("/fr/r/abc%20def?x=%ZZ")).toBe(true);
    for (const url of ["/fr/r/%ZZ", "/api/unsubscribe/%C0%80", "/fr/e/%ED%A0%80", "/a/%"]) expect(decodablePath(url)).toBe(false);
  });
});

describe("checkActionRequest: a fetch action (Next-Action header)", () => {
  it("lets through the arguments as Next's client encodes them", async () => {
    expect(await fetchAction('["$undefined",{"a":[1,"$$escaped"]},"$D2026-01-02T03:04:05.000Z","$n123",null]')).toBeNull();
    expect(await fetchAction("[]")).toBeNull();
  });

  it("refuses an unknown or malformed action id with 404", async () => {
    expect((await fetchAction("[]", { "next-action": OTHER }))?.status).toBe(404);
    expect((await fetchAction("[]", { "next-action": "x" }))?.status).toBe(404);
  });

  it("refuses a post from another origin with 403, and lets a post without Origin through as Next does", async () => {
    expect((await fetchAction("[]", { origin: "https://evil.example" }))?.status).toBe(403);
    expect((await fetchAction("[]", { origin: "null" }))?.status).toBe(403);
    expect((await fetchAction("[]", { origin: "http://127.0.0.1" }))?.status).toBe(403);
    expect((await fetchAction("[]", { origin: "::::" }))?.status).toBe(403);
    const withoutOrigin = new Headers({ host: HOST, "next-action": ID, "content-type": "text/plain" });
    expect(await checkActionRequest(withoutOrigin, Buffer.from("[]"), KNOWN)).toBeNull();
  });

  it("refuses with 400 what Next's decoder throws on: not JSON, not an array, not UTF-8, too deep, unknown references", async () => {
    const refused = [
      "",
      "[",
      "{}",
      "null",
      '"$K1"',
      '["$Kx"]',
      '["$Q1"]',
      '["$@1"]',
      '["$T"]',
      '["$Dnot a date"]',
      '["$n1e5"]',
      "[".repeat(33) + "]".repeat(33),
      "[".repeat(20_000) + "]".repeat(20_000),
    ];
    for (const body of refused) expect((await fetchAction(body))?.status, body.slice(0, 40)).toBe(400);
    expect((await fetchAction(Buffer.from([0x5b, 0x22, 0xc0, 0xaf, 0x22, 0x5d])))?.status).toBe(400);
    expect(await fetchAction("[".repeat(32) + "]".repeat(32))).toBeNull();
  });

  it('reads a multipart reply as Next does: a root argument array, its FormData fields prefixed "_<n>_"', async () => {
    const ok = multipart([
      ["0", '[null,"$K1"]'],
      ["_1_name", "Équipe"],
    ]);
    expect(await checkActionRequest(headers({ "next-action": ID, "content-type": ok.type }), ok.body, KNOWN)).toBeNull();
    // As Chromium sent it in the e2e tier: the no-JS field of the form travels inside the FormData.
    const asSent = multipart([
      [`_1_$ACTION_ID_${ID}`, ""],
      ["_1_mode", "DAILY"],
      ["0", '["$K1"]'],
    ]);
    expect(await checkActionRequest(headers({ "next-action": ID, "content-type": asSent.type }), asSent.body, KNOWN)).toBeNull();
    // A big form state (a contacts import's preview, 2 MB) is read whole, not cut at busboy's default 1 MiB.
    const big = multipart([
      ["0", JSON.stringify([{ rows: Array.from({ length: 9_000 }, (_, line) => ({ line, value: "x".repeat(220) })) }, "$K1"])],
      ["_1_intent", "import"],
    ]);
    expect(big.body.length).toBeGreaterThan(2_000_000);
    expect(await checkActionRequest(headers({ "next-action": ID, "content-type": big.type }), big.body, KNOWN)).toBeNull();
    // A form without any named field: the FormData argument is empty, no "_1_" field at all.
    const empty = multipart([["0", '["$K1"]']]);
    expect(await checkActionRequest(headers({ "next-action": ID, "content-type": empty.type }), empty.body, KNOWN)).toBeNull();
    const noRoot = multipart([["_1_name", "x"]]);
    expect((await checkActionRequest(headers({ "next-action": ID, "content-type": noRoot.type }), noRoot.body, KNOWN))?.status).toBe(400);
    const noBoundary = headers({ "next-action": ID, "content-type": "multipart/form-data; boundary=" });
    expect((await checkActionRequest(noBoundary, ok.body, KNOWN))?.status).toBe(400);
    const broken = Buffer.from('--b0undary\r\nContent-Disposition: form-data; name="0"\r\nnot a header\r\n\r\n[]\r\n--b0undary--\r\n');
    expect((await checkActionRequest(headers({ "next-action": ID, "content-type": ok.type }), broken, KNOWN))?.status).toBe(400);
  });
});

describe("checkActionRequest: the fuzz's findings (seed 794118)", () => {
  const reply = (fields: Array<[string | null, string]>) => {
    const { body, type } = multipart(fields);
    return checkActionRequest(headers({ "next-action": ID, "content-type": type }), body, KNOWN);
  };

  it("refuses with 400 a multipart reply with a field without a name (React's decoder read undefined.startsWith: a 500)", async () => {
    // busboy gives a part named "" or without a name parameter the name undefined.
    for (const unnamed of ["", null])
      expect(
        (
          await reply([
            ["0", '["$K1"]'],
            ["_1_name", "x"],
            [unnamed, "\u202e"],
          ])
        )?.status,
        String(unnamed),
      ).toBe(400);
    const file = Buffer.from(
      '--b0undary\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]\r\n' +
        '--b0undary\r\nContent-Disposition: form-data; name=""; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\na,b\r\n--b0undary--\r\n',
    );
    const type = "multipart/form-data; boundary=b0undary";
    expect((await checkActionRequest(headers({ "next-action": ID, "content-type": type }), file, KNOWN))?.status).toBe(400);
  });

  it("refuses with 400 a NUL (U+0000) anywhere in an action's input: PostgreSQL text cannot hold it", async () => {
    const refusals = [
      await fetchAction('["a\\u0000b"]'),
      await fetchAction('[{"k\\u0000":1}]'),
      await reply([
        ["0", '["$K1"]'],
        ["_1_name", "a\u0000b"],
      ]),
      await reply([["0", '["\\u0000","$K1"]']]),
    ];
    refusals.forEach((refusal, index) => expect(refusal, String(index)).toEqual({ status: 400, detail: NUL_DETAIL }));
    // A NUL in a part's header: busboy cannot read the body at all, 400 as well.
    expect(
      (
        await reply([
          ["0", '["$K1"]'],
          ["_1_\u0000", "x"],
        ])
      )?.status,
    ).toBe(400);
    const { body, type } = multipart([
      [`$ACTION_ID_${ID}`, ""],
      ["name", "\u0000"],
    ]);
    expect(await checkActionRequest(headers({ "content-type": type }), body, KNOWN)).toEqual({ status: 400, detail: NUL_DETAIL });
    // Not an action at all: Next draws the page and reads nothing of it.
    const page = multipart([["name", "\u0000"]]);
    expect(await checkActionRequest(headers({ "content-type": page.type }), page.body, KNOWN)).toBeNull();
  });
});

describe("checkActionRequest: a form posted without JavaScript", () => {
  const post = (fields: Array<[string, string]>, extra: Record<string, string> = {}) => {
    const { body, type } = multipart(fields);
    return checkActionRequest(headers({ "content-type": type, ...extra }), body, KNOWN);
  };

  it("lets through a known action, directly or by a bound reference (useActionState)", async () => {
    expect(
      await post([
        [`$ACTION_ID_${ID}`, ""],
        ["name", "x"],
      ]),
    ).toBeNull();
    expect(
      await post([
        ["$ACTION_REF_1", ""],
        ["$ACTION_1:0", JSON.stringify({ id: ID, bound: "$@1" })],
        ["$ACTION_1:1", "[null]"],
        ["$ACTION_KEY", "k1"],
      ]),
    ).toBeNull();
    expect(await post([["name", "no action in it"]])).toBeNull();
  });

  it("refuses an unknown action (404), a broken reference, two actions or a foreign origin", async () => {
    expect((await post([[`$ACTION_ID_${OTHER}`, ""]]))?.status).toBe(404);
    expect(
      (
        await post([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", JSON.stringify({ id: OTHER, bound: null })],
        ])
      )?.status,
    ).toBe(404);
    expect(
      (
        await post([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", "{"],
        ])
      )?.status,
    ).toBe(400);
    expect(
      (
        await post([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", JSON.stringify({ id: ID, bound: "$@2" })],
        ])
      )?.status,
    ).toBe(400);
    expect(
      (
        await post([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", JSON.stringify({ id: ID, bound: "$@1" })],
          ["$ACTION_1:1", "{}"],
        ])
      )?.status,
    ).toBe(400);
    expect(
      (
        await post([
          [`$ACTION_ID_${ID}`, ""],
          ["$ACTION_REF_1", ""],
        ])
      )?.status,
    ).toBe(400);
    expect((await post([[`$ACTION_ID_${ID}`, ""]], { origin: "https://evil.example" }))?.status).toBe(403);
  });

  it("leaves a post that is no action at all to Next (a URL-encoded form to a page)", async () => {
    const urlEncoded = headers({ "content-type": "application/x-www-form-urlencoded" });
    expect(await checkActionRequest(urlEncoded, Buffer.from("a=%ZZ"), KNOWN)).toBeNull();
  });
});
