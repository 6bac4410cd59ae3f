// The audit log viewer's pure pieces: the URL filters, the keyset cursor, readable metadata, and
// the CSV lines (BOM, separator, defused formulas: lib/dashboard/csv-format.ts conventions).
import { describe, expect, it } from "vitest";
import { auditCsvFilename, auditCsvLines, auditCsvStream } from "@/lib/dashboard/audit-csv";
import type { AuditEntryDto } from "@/lib/db/audit/list-audit-log";
import { getMessages } from "@/lib/i18n/messages";
import {
  auditFiltersQuery,
  decodeAuditCursor,
  encodeAuditCursor,
  metadataLines,
  readAuditFilters,
  ZAuditFilters,
} from "@/lib/organisations/audit-log";

const fr = getMessages("fr");
const row = (over: Partial<AuditEntryDto> = {}): AuditEntryDto => ({
  id: "7",
  createdAt: new Date("2026-11-30T23:30:00Z"),
  action: "apiKey.create",
  targetType: "ApiKey",
  targetId: "k1",
  metadata: { name: '=HYPERLINK("http://evil")', scopes: ["contacts:write", "results:read"] },
  actor: { membershipId: "m", name: "@admin", email: "a@x.test" },
  ...over,
});

describe("audit filters in the URL", () => {
  it("reads what is there, leaves empty fields out, and writes the same names back", () => {
    const raw = readAuditFilters({ person: "", action: "team.create", from: ["2026-11-01", "x"], to: " 2026-11-30 " });
    expect(raw).toEqual({ action: "team.create", from: "2026-11-01", to: "2026-11-30" });
    expect(auditFiltersQuery(raw, { cursor: "abc" })).toBe("?action=team.create&from=2026-11-01&to=2026-11-30&cursor=abc");
    expect(auditFiltersQuery({})).toBe("");
  });

  it("accepts real days only, in order", () => {
    expect(ZAuditFilters.safeParse({ from: "2026-02-28", to: "2026-03-01" }).success).toBe(true);
    for (const bad of [{ from: "2026-02-29" }, { to: "31/12/2026" }, { from: "2026-03-02", to: "2026-03-01" }, { action: "a b" }]) {
      expect(ZAuditFilters.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("audit cursor", () => {
  it("round-trips and refuses anything else", () => {
    const cursor = { direction: "before" as const, createdAt: new Date("2026-11-30T23:30:00.123Z"), id: "9007199254740993" };
    expect(decodeAuditCursor(encodeAuditCursor(cursor))).toEqual(cursor);
    for (const bad of ["", "garbage", Buffer.from("a.12.-1").toString("base64url"), Buffer.from("c.12.1").toString("base64url")]) {
      expect(decodeAuditCursor(bad)).toBeNull();
    }
  });
});

describe("metadata lines", () => {
  it("flattens nested values into dotted keys", () => {
    expect(metadataLines({ changes: { role: { from: "EMPLOYEE", to: "MANAGER" } }, scopes: ["a", "b"], note: null })).toEqual([
      "changes.role.from: EMPLOYEE",
      "changes.role.to: MANAGER",
      "scopes: a, b",
      "note: —",
    ]);
    expect(metadataLines(null)).toEqual([]);
    expect(metadataLines({})).toEqual([]);
  });
});

describe("audit CSV", () => {
  it("writes Paris time, defuses formulas in every text cell and keeps metadata in one quoted cell", () => {
    const line = auditCsvLines([row()], "fr", fr);
    expect(line.startsWith("2026-12-01 00:30:00;'@admin;a@x.test;apiKey.create;ApiKey;k1;")).toBe(true);
    expect(line).toContain(`"name: =HYPERLINK(""http://evil"")`); // not at the cell's start: text, not a formula
    expect(auditCsvLines([row({ metadata: "=cmd|' /C calc'!A0" })], "fr", fr)).toContain(";'=cmd|");
    expect(line.endsWith("\r\n")).toBe(true);
  });

  it("starts with a BOM and the localised header, and names the file after the filters", async () => {
    async function* batches() {
      yield [row({ actor: null })];
    }
    const bytes = new Uint8Array(await new Response(auditCsvStream(batches(), "en", getMessages("en"))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.split("\r\n")[0]).toBe("Date (Paris time),Person,Email address,Action,Target type,Target id,Details");
    expect(text).toContain("System or API key");
    expect(auditCsvFilename({ from: "2026-11-01", action: "apiKey.create" }, fr)).toBe("journal-audit-2026-11-01-apikey-create.csv");
  });
});
