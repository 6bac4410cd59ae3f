// The pure parts of the KPI import (issue 15 §1): each unit's range at its edges, the CSV reading
// (decimal commas, semicolons, lines kept, a malformed file refused whole) and the series range.
import { describe, expect, it } from "vitest";
import { kpiCsvValue, readKpisCsv } from "@/lib/kpis/kpi-csv";
import { rowShapeErrors, ZKpiImportRow } from "@/lib/kpis/kpi-import-schema";
import { ZKpiSeriesQuery } from "@/lib/kpis/kpi-series-query";
import { fitsUnit } from "@/lib/kpis/kpi-units";

describe("unit ranges", () => {
  it.each([
    ["PERCENT", 0, true],
    ["PERCENT", 100, true],
    ["PERCENT", 100.01, false],
    ["PERCENT", -0.01, false],
    ["SECONDS", 0, true],
    ["SECONDS", -1, false],
    ["COUNT", 1e6, true],
    ["COUNT", -1, false],
    ["NUMBER", -1e6, true],
    ["NUMBER", Number.NaN, false],
    ["NUMBER", Number.POSITIVE_INFINITY, false],
  ] as const)("%s %d → %s", (unit, value, fits) => {
    expect(fitsUnit(unit, value)).toBe(fits);
  });
});

describe("CSV reading", () => {
  it("reads decimal commas and points as numbers, other text as typed", () => {
    expect([
      kpiCsvValue("12,5"),
      kpiCsvValue("12.5"),
      kpiCsvValue("-3"),
      kpiCsvValue(",5"),
      kpiCsvValue("12 %"),
      kpiCsvValue("1,2,3"),
    ]).toEqual([12.5, 12.5, -3, 0.5, "12 %", "1,2,3"]);
  });

  it("keeps each row's line, skips blank lines and leaves empty cells out", () => {
    const read = readKpisCsv("\uFEFFTeam;MONTH;kpi;value\r\nA;2026-01;absenteeism;4,5\r\n\r\nB;2026-02;turnover;\r\n");
    expect(read).toEqual({
      ok: true,
      rows: [
        { team: "A", month: "2026-01", kpi: "absenteeism", value: 4.5 },
        { team: "B", month: "2026-02", kpi: "turnover" },
      ],
      lines: [2, 4],
    });
  });

  it("refuses a file with a malformed line, naming it", () => {
    const read = readKpisCsv("team,month,kpi,value\nA,2026-01,absenteeism,4,5\n");
    expect(read).toMatchObject({ ok: false, problem: { code: "malformed" }, errors: [{ line: 2 }] });
  });
});

describe("row shape", () => {
  it("names each field's problem by code, unknown fields included", () => {
    const parsed = ZKpiImportRow.safeParse({ team: " ", month: "2026-3", value: "4", extra: 1 });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(rowShapeErrors(7, parsed.error).map((e) => [e.index, e.field, e.code])).toEqual([
      [7, "team", "required"],
      [7, "month", "month"],
      [7, "kpi", "required"],
      [7, "value", "number"],
      [7, "extra", "unknownField"],
    ]);
  });
});

describe("series range", () => {
  it("defaults to 12 months ending at `to`, or starting at `from`", () => {
    expect(ZKpiSeriesQuery.parse({ team: "T", to: "2026-10" })).toEqual({ team: "T", from: "2025-11", to: "2026-10" });
    expect(ZKpiSeriesQuery.parse({ team: "T", from: "2026-01" })).toEqual({ team: "T", from: "2026-01", to: "2026-12" });
  });

  it("refuses a reversed range or one over 60 months", () => {
    expect(ZKpiSeriesQuery.safeParse({ team: "T", from: "2026-02", to: "2026-01" }).success).toBe(false);
    expect(ZKpiSeriesQuery.safeParse({ team: "T", from: "2021-01", to: "2026-01" }).success).toBe(false);
    expect(ZKpiSeriesQuery.safeParse({ team: "T", from: "2021-02", to: "2026-01" }).success).toBe(true);
  });
});
