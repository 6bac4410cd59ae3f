// Reading contact CSV files: BOM, comma or semicolon, quotes (with separators, doubled quotes
// and newlines inside), CRLF, blank lines, header checks, size and row limits, UTF-8 only.
import { describe, expect, it } from "vitest";
import { MAX_CSV_BYTES, MAX_CSV_ROWS, parseContactsCsv, rowToContactInput } from "@/lib/contacts/parse-contacts-csv";
import { decodeCsv, detectDelimiter } from "@/lib/csv/read-csv";

const HEADER = "externalId,teamExternalId,channel,momentOfTruth,locale,customerEmail";

function ok(text: string) {
  const parsed = parseContactsCsv(text);
  if (!parsed.ok) throw new Error(`expected a parsed file, got ${JSON.stringify(parsed.problem)}`);
  return parsed;
}

describe("parseContactsCsv", () => {
  it("reads a comma-separated file with LF line ends", () => {
    const parsed = ok(`${HEADER}\nC1,T-1,phone,reclamation,fr,a@b.fr\nC2,T-2,chat,panne,en,\n`);
    expect(parsed.delimiter).toBe(",");
    expect(parsed.rows).toEqual([
      {
        line: 2,
        values: {
          externalId: "C1",
          teamExternalId: "T-1",
          channel: "phone",
          momentOfTruth: "reclamation",
          locale: "fr",
          customerEmail: "a@b.fr",
        },
      },
      {
        line: 3,
        values: { externalId: "C2", teamExternalId: "T-2", channel: "chat", momentOfTruth: "panne", locale: "en", customerEmail: "" },
      },
    ]);
    expect(parsed.errors).toEqual([]);
  });

  it("reads French Excel output: BOM, semicolons, CRLF, and commas inside values", () => {
    const text = `\uFEFF${HEADER.replaceAll(",", ";")}\r\nC1;T-1;phone;reclamation;fr;a@b.fr\r\n"C,2";T-2;store;panne;fr;\r\n`;
    const parsed = ok(text);
    expect(parsed.delimiter).toBe(";");
    expect(parsed.columns[0]).toBe("externalId"); // the BOM is not part of the first column's name
    expect(parsed.rows.map((r) => r.values.externalId)).toEqual(["C1", "C,2"]);
    expect(parsed.rows[1]!.values.customerEmail).toBe("");
  });

  it("honours quotes: doubled quotes, separators and newlines inside a quoted value", () => {
    const parsed = ok(
      `${HEADER}\n"Say ""hi""",T-1,phone,reclamation,fr,\n"two\nlines",T-1,phone,reclamation,fr,\nC3,T-1,phone,reclamation,fr,\n`,
    );
    expect(parsed.rows.map((r) => r.values.externalId)).toEqual(['Say "hi"', "two\nlines", "C3"]);
    // Line numbers count records, as a spreadsheet shows them (header = 1).
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it("skips blank lines but keeps the numbering of the lines after them", () => {
    const parsed = ok(`${HEADER}\n\nC1,T-1,phone,reclamation,fr,\n ,\n\nC2,T-1,phone,reclamation,fr,`);
    expect(parsed.rows.map((r) => [r.line, r.values.externalId])).toEqual([
      [3, "C1"],
      [6, "C2"],
    ]);
  });

  it("matches header names case-insensitively and ignores trailing empty header cells", () => {
    const parsed = ok("EXTERNALID;teamexternalid;Channel;momentoftruth;Locale;;\nC1;T-1;phone;panne;fr;;\n");
    expect(parsed.columns).toEqual(["externalId", "teamExternalId", "channel", "momentOfTruth", "locale"]);
    expect(parsed.rows[0]!.values.channel).toBe("phone");
  });

  it("reports a row with more values than the header, and a badly quoted row, by line", () => {
    const parsed = ok(`${HEADER}\nC1,T-1,phone,reclamation,fr,,surplus\nC2,T-1,phone,reclamation,fr,,,\nC3,"T-1,phone,reclamation,fr,\n`);
    expect(parsed.rows.map((r) => r.line)).toEqual([3]); // trailing empty values are harmless
    expect(parsed.errors).toEqual([
      {
        line: 2,
        field: "",
        message: "has 7 values but the header has 6 columns",
        problem: { code: "tooManyValues", values: 7, columns: 6 },
      },
      { line: 4, field: "", message: "a quoted value is not closed properly", problem: { code: "badQuotes" } },
    ]);
  });

  it.each([
    ["", { code: "empty" }],
    ["\uFEFF \r\n", { code: "empty" }],
    [`${HEADER}\n`, { code: "noRows" }],
    ["externalId,team,channel,momentOfTruth,locale\nC1,T,phone,panne,fr", { code: "unknownColumns", columns: ["team"] }],
    ["teamId,channel,channel,momentOfTruth,locale\n", { code: "duplicateColumns", columns: ["channel"] }],
    ["externalId,channel,locale\nC1,phone,fr", { code: "missingColumns", columns: ["teamExternalId"] }],
  ])("refuses the whole file when it is wrong as a whole (%j)", (text, problem) => {
    expect(parseContactsCsv(text)).toEqual({ ok: false, problem });
  });

  it(`refuses more than ${MAX_CSV_ROWS} rows, and accepts exactly ${MAX_CSV_ROWS}`, () => {
    const row = "T-1,phone,panne,fr\n";
    const header = "teamExternalId,channel,momentOfTruth,locale\n";
    expect(parseContactsCsv(header + row.repeat(MAX_CSV_ROWS + 1))).toEqual({
      ok: false,
      problem: { code: "tooManyRows", rows: MAX_CSV_ROWS + 1 },
    });
    expect(ok(header + row.repeat(MAX_CSV_ROWS)).rows).toHaveLength(MAX_CSV_ROWS);
  });
});

describe("rowToContactInput", () => {
  it("trims values and leaves empty cells out, as absent JSON fields", () => {
    expect(rowToContactInput({ line: 2, values: { externalId: " C1 ", customerEmail: "  ", locale: "fr" } })).toEqual({
      externalId: "C1",
      locale: "fr",
    });
  });
});

describe("decodeCsv and detectDelimiter", () => {
  it("decodes UTF-8 with or without BOM, keeping accents", () => {
    const text = "teamExternalId;channel\nÉquipe-é;phone\n";
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeCsv(withBom, MAX_CSV_BYTES)).toEqual({ ok: true, text });
    expect(decodeCsv(new TextEncoder().encode(text), MAX_CSV_BYTES)).toEqual({ ok: true, text });
  });

  it("refuses Windows-1252 (what Excel's plain 'CSV' writes), empty and oversized files", () => {
    expect(decodeCsv(new Uint8Array([0x45, 0x71, 0x75, 0x69, 0x70, 0x65, 0xe9]), MAX_CSV_BYTES)).toEqual({
      ok: false,
      problem: { code: "notUtf8" },
    });
    expect(decodeCsv(new Uint8Array(), MAX_CSV_BYTES)).toEqual({ ok: false, problem: { code: "empty" } });
    expect(decodeCsv(new Uint8Array(MAX_CSV_BYTES + 1), MAX_CSV_BYTES)).toEqual({ ok: false, problem: { code: "tooLarge" } });
  });

  it("guesses the separator from the header line only", () => {
    expect(detectDelimiter("a;b;c\r\n1,5;2,5;3")).toBe(";");
    expect(detectDelimiter("a,b,c\n1;2;3;4;5")).toBe(",");
  });
});
