// Without SMTP_URL mail is disabled: no transport, one log line, and the link job claims
// nothing (the unit tier's database is unreachable, so any query would throw), leaving
// contacts PENDING until mail is configured. JOBS_IN_PROCESS parses as a boolean.
import { describe, expect, it, vi } from "vitest";
import { parseEnv } from "@/lib/env";
import { sendDueLinkEmails } from "@/lib/mail/link-emails";
import { mailTransport } from "@/lib/mail/transport";

describe("mail disabled", () => {
  it("has no transport, says so once, and sends nothing", async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(mailTransport()).toBeNull();
    expect(mailTransport()).toBeNull();
    expect(await sendDueLinkEmails()).toEqual({ sent: 0, failed: 0 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain("SMTP_URL is not set");
  });
});

describe("JOBS_IN_PROCESS", () => {
  const URL = "postgresql://u:p@127.0.0.1:5432/symetrie";
  it("defaults to true and accepts true/false/1/0 only", () => {
    expect(parseEnv({ DATABASE_URL: URL }).JOBS_IN_PROCESS).toBe(true);
    expect(parseEnv({ DATABASE_URL: URL, JOBS_IN_PROCESS: "false" }).JOBS_IN_PROCESS).toBe(false);
    expect(parseEnv({ DATABASE_URL: URL, JOBS_IN_PROCESS: "0" }).JOBS_IN_PROCESS).toBe(false);
    expect(parseEnv({ DATABASE_URL: URL, JOBS_IN_PROCESS: "1" }).JOBS_IN_PROCESS).toBe(true);
    expect(() => parseEnv({ DATABASE_URL: URL, JOBS_IN_PROCESS: "no" })).toThrow(/JOBS_IN_PROCESS: must be true or false/);
  });
});
