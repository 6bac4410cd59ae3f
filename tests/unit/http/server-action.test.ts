// The server-action wrapper without Next: cross-site posts, signed-out callers, policy, zod,
// expected and unexpected errors, and Next's control-flow errors, each with a handler that
// records whether it ran (a refusal must run nothing).
import { redirect } from "next/navigation";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { Actor, Role } from "@/lib/auth/actor-types";
import { ExpectedError, ForbiddenError, NotFoundError } from "@/lib/errors";
import {
  ActionRefusal,
  asForm,
  redirectingAction,
  runServerAction,
  urlSegment,
  type ActionResult,
  type ActionSpec,
} from "@/lib/http/server-action";
import { LOCALE_HEADER } from "@/lib/i18n/locale-header";
import { en } from "@/lib/i18n/messages/en";
import { fr } from "@/lib/i18n/messages/fr";

function actor(role: Role): Actor {
  return {
    kind: "user",
    userId: "u",
    membershipId: "m",
    name: "N",
    email: "n@a.fr",
    locale: "fr",
    organisationId: "o",
    organisationName: "A",
    role,
    teamId: null,
    teamPath: null,
    managedPaths: [],
    minGroupSize: 5,
  };
}

const sameOrigin = { "sec-fetch-site": "same-origin" };
const spec: ActionSpec<z.ZodObject<{ name: z.ZodString }>> = { name: "test", input: z.object({ name: z.string().min(1) }), keep: ["name"] };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

function call(options: {
  headers?: Record<string, string>;
  role?: Role | null;
  fields?: Record<string, string>;
  work?: () => Promise<unknown>;
  spec?: ActionSpec<z.ZodType>;
}) {
  const ran = vi.fn(options.work ?? (async () => "done"));
  const request = {
    headers: new Headers(options.headers ?? sameOrigin),
    getActor: async () => (options.role === null ? null : actor(options.role ?? "ADMIN")),
  };
  const result = runServerAction(request, options.spec ?? spec, ran, form(options.fields ?? { name: "Lyon" }));
  return { result, ran };
}

beforeAll(() => {
  // forbidden() throws only when Next's authInterrupts is on (next.config.ts turns it on).
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
});
afterEach(() => vi.restoreAllMocks());

describe("runServerAction", () => {
  it("runs the handler with the parsed input and returns its data", async () => {
    const { result, ran } = call({ fields: { name: "Lyon", $ACTION_ID_abc: "" } });
    expect(await result).toEqual({ ok: true, data: "done" });
    expect(ran).toHaveBeenCalledWith(expect.objectContaining({ input: { name: "Lyon" }, locale: "fr" }));
  });

  it.each([
    ["no Origin nor Sec-Fetch-Site", {}],
    ["a cross-site Sec-Fetch-Site", { "sec-fetch-site": "cross-site", origin: "https://evil.example", host: "app.example" }],
    ["a foreign Origin", { origin: "https://evil.example", host: "app.example" }],
  ])("refuses %s before reading the actor, and runs nothing", async (_label, headers) => {
    const getActor = vi.fn(async () => actor("ADMIN"));
    const ran = vi.fn(async () => "done");
    const result = await runServerAction({ headers: new Headers(headers), getActor }, spec, ran, form({ name: "Lyon" }));
    expect(result).toMatchObject({ ok: false, code: "CROSS_SITE", message: fr.actions.CROSS_SITE });
    expect(getActor).not.toHaveBeenCalled();
    expect(ran).not.toHaveBeenCalled();
  });

  it("accepts a same-origin Origin header without Sec-Fetch-Site", async () => {
    const { result } = call({ headers: { origin: "https://app.example", host: "app.example" } });
    expect((await result).ok).toBe(true);
  });

  it("answers a signed-out caller in the stamped locale", async () => {
    const { result, ran } = call({ headers: { ...sameOrigin, [LOCALE_HEADER]: "en" }, role: null });
    expect(await result).toMatchObject({ ok: false, code: "UNAUTHENTICATED", message: en.actions.UNAUTHENTICATED });
    expect(ran).not.toHaveBeenCalled();
  });

  it("answers 403 (Next's forbidden) to a role without the declared policy action", async () => {
    const { result, ran } = call({ role: "CX", spec: { ...spec, can: "settings:manage" } });
    await expect(result).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
    expect(ran).not.toHaveBeenCalled();
  });

  it("refuses invalid input with the fields, the typed values, and runs nothing", async () => {
    const { result, ran } = call({ fields: { name: "" } });
    expect(await result).toEqual({
      ok: false,
      code: "INVALID_INPUT",
      message: fr.actions.INVALID_INPUT,
      fieldErrors: { name: fr.actions.invalidField },
      values: { name: "" },
    });
    expect(ran).not.toHaveBeenCalled();
  });

  it("maps expected errors to their sentence, a spec's own sentence first", async () => {
    expect(await call({ work: () => Promise.reject(new NotFoundError("key")) }).result).toMatchObject({
      code: "NOT_FOUND",
      message: fr.actions.NOT_FOUND,
    });
    const own = { ...spec, messages: () => ({ CONFLICT: "Déjà fait." }) };
    expect(await call({ spec: own, work: () => Promise.reject(new ExpectedError("CONFLICT", "x")) }).result).toMatchObject({
      code: "CONFLICT",
      message: "Déjà fait.",
    });
  });

  it("turns a data-layer ForbiddenError into Next's 403", async () => {
    await expect(call({ work: () => Promise.reject(new ForbiddenError()) }).result).rejects.toMatchObject({
      digest: "NEXT_HTTP_ERROR_FALLBACK;403",
    });
  });

  it("returns a handler's own refusal as is", async () => {
    const refusal = new ActionRefusal("scheme", "Utilisez https.", { url: "Utilisez https." });
    expect(await call({ work: () => Promise.reject(refusal) }).result).toEqual({
      ok: false,
      code: "scheme",
      message: "Utilisez https.",
      fieldErrors: { url: "Utilisez https." },
      values: { name: "Lyon" },
    });
  });

  it("logs an unexpected error and answers a generic sentence without its details", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const answer = await call({ work: () => Promise.reject(new Error("secret table name")) }).result;
    expect(answer).toMatchObject({ ok: false, code: "UNEXPECTED", message: fr.actions.UNEXPECTED });
    expect(JSON.stringify(answer)).not.toContain("secret");
    expect(log).toHaveBeenCalledWith(expect.stringContaining("[action test] failed: Error: secret table name"));
  });

  it("lets Next's redirect through", async () => {
    await expect(call({ work: async () => redirect("/fr/done") }).result).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });
});

describe("redirectingAction", () => {
  const answering = (result: ActionResult<string>) =>
    redirectingAction(
      async () => result,
      (locale) => `/${locale}/things`,
      (answer, page) => `${page}?result=${answer.ok ? answer.data : answer.code}`,
    );
  const redirectedTo = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => null,
      (thrown: unknown) => thrown as { digest?: string },
    );
    return error?.digest?.split(";")[2];
  };

  it("redirects to the page `to` chooses, in the form's locale", async () => {
    expect(await redirectedTo(answering({ ok: true, data: "done" })(form({ locale: "en" })))).toBe("/en/things?result=done");
    expect(await redirectedTo(answering({ ok: false, code: "NOT_FOUND", message: "x" })(form({})))).toBe("/fr/things?result=NOT_FOUND");
  });

  it("sends a signed-out caller to sign-in, back to the page afterwards", async () => {
    expect(await redirectedTo(answering({ ok: false, code: "UNAUTHENTICATED", message: "x" })(form({ locale: "fr" })))).toBe(
      "/fr/sign-in?callbackUrl=%2Ffr%2Fthings",
    );
  });

  it("shows the error page for an unexpected failure instead of a misleading flag", async () => {
    await expect(answering({ ok: false, code: "UNEXPECTED", message: "Une erreur est survenue" })(form({}))).rejects.toThrow(
      "Une erreur est survenue",
    );
  });
});

describe("what a handcrafted call can send (the fuzz)", () => {
  it("reads anything but a FormData as an empty form", () => {
    const posted = form({ name: "x" });
    expect(asForm(posted)).toBe(posted);
    for (const junk of [undefined, null, "x", 1, { get: 1 }, ["name", "x"]]) expect([...asForm(junk).keys()]).toEqual([]);
  });

  it("puts a posted id into a URL escaped, and leaves out one too long to be an id", () => {
    expect(urlSegment("0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b")).toBe("0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b");
    expect(urlSegment("é/../?#x")).toBe("%C3%A9%2F..%2F%3F%23x");
    expect(urlSegment("x".repeat(65))).toBe("");
    expect(urlSegment(null)).toBe("");
    expect(urlSegment(new File(["x"], "a.csv"))).toBe("");
  });

  it("does not follow a redirect target made too long by posted values: the page instead", async () => {
    const action = redirectingAction(
      async () => ({ ok: true, data: "x" }) as ActionResult<string>,
      (locale) => `/${locale}/things`,
      (_answer, page, posted) => `${page}#${String(posted.get("anchor"))}`,
    );
    const target = async (anchor: string) => {
      const error = await action(form({ anchor })).then(
        () => null,
        (thrown: unknown) => thrown as { digest?: string },
      );
      return error?.digest?.split(";")[2];
    };
    expect(await target("a")).toBe("/fr/things#a");
    expect(await target("a".repeat(5_000))).toBe("/fr/things");
  });
});
