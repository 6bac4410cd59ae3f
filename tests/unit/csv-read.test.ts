// The shared CSV reading (lib/csv/read-csv.ts), as every upload uses it: UTF-8 with or
// without BOM, `;` or `,`, quoted fields, blank lines, whole-file problems (empty, not UTF-8, over
// the size limit, missing or unknown columns, too many rows) and row problems by line.
import { describe, expect, it } from "vitest";
import { decodeCsv, readCsv, type CsvSpec } from "@/lib/csv/read-csv";

const SPEC: CsvSpec<"id" | "name" | "note"> = {
  columns: ["id", "name", "note"],
  missing: (columns) => (["id", "name"] as const).filter((column) => !columns.includes(column)),
  maxRows: 3,
};

function rows(text: string) {
  const parsed = readCsv(text, SPEC);
  if (!parsed.ok) throw new Error(`expected a parsed file, got ${JSON.stringify(parsed.problem)}`);
  return parsed;
}

describe("readCsv", () => {
  it("reads `;` with a BOM and CRLF, and `,` without, to the same rows", () => {
    const semicolons = rows("\uFEFFid;name\r\nT1;Équipe Nantes\r\nT2;Boutique\r\n");
    const commas = rows("id,name\nT1,Équipe Nantes\nT2,Boutique\n");
    expect(semicolons.delimiter).toBe(";");
    expect(commas.delimiter).toBe(",");
    const expected = [
      { line: 2, values: { id: "T1", name: "Équipe Nantes" } },
      { line: 3, values: { id: "T2", name: "Boutique" } },
    ];
    expect(semicolons.rows).toEqual(expected);
    expect(commas.rows).toEqual(expected);
  });

  it("keeps separators, doubled quotes and newlines inside quoted fields, and numbers lines as records", () => {
    const parsed = rows('id;name;note\nT1;"Lyon; Part-Dieu";"dit ""bonjour"""\n"T2";"deux\nlignes";\nT3;Trois;\n');
    expect(parsed.rows.map((row) => [row.line, row.values.name])).toEqual([
      [2, "Lyon; Part-Dieu"],
      [3, "deux\nlignes"],
      [4, "Trois"],
    ]);
    expect(parsed.rows[0]!.values.note).toBe('dit "bonjour"');
  });

  it("skips blank lines without renumbering the lines after them", () => {
    expect(rows("id,name\n\nT1,A\n , \nT2,B").rows.map((row) => row.line)).toEqual([3, 5]);
  });

  it("reports a row with too many values and an unclosed quote by line, and keeps the others", () => {
    const parsed = rows('id,name\nT1,A,x,y\nT2,B\nT3,"C\n');
    expect(parsed.rows.map((row) => row.line)).toEqual([3]);
    expect(parsed.errors.map((error) => [error.line, error.problem?.code])).toEqual([
      [2, "tooManyValues"],
      [4, "badQuotes"],
    ]);
  });

  it.each([
    ["", { code: "empty" }],
    ["\uFEFF\r\n  \r\n", { code: "empty" }],
    ["id;name\r\n", { code: "noRows" }],
    ["id;nom\nT1;A", { code: "unknownColumns", columns: ["nom"] }],
    ["id;name;ID\nT1;A;B", { code: "duplicateColumns", columns: ["id"] }],
    ["note\nx", { code: "missingColumns", columns: ["id", "name"] }],
    ["id,name\n1,a\n2,b\n3,c\n4,d", { code: "tooManyRows", rows: 4 }],
  ])("refuses a file that is wrong as a whole: %j", (text, problem) => {
    expect(readCsv(text, SPEC)).toEqual({ ok: false, problem });
  });
});

describe("decodeCsv", () => {
  const utf8 = new TextEncoder().encode("id;name\nT1;Équipe\n");

  it("decodes UTF-8 with or without BOM", () => {
    expect(decodeCsv(utf8, 100)).toEqual({ ok: true, text: "id;name\nT1;Équipe\n" });
    const bom = decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 100);
    expect(bom.ok && rows(bom.text).rows[0]!.values.name).toBe("Équipe");
  });

  it('refuses a file with a NUL (U+0000), such as Excel\'s UTF-16 "Unicode text": PostgreSQL text cannot hold it', () => {
    const utf16 = new Uint8Array(Buffer.from("\ufeffid;name\nT1;Equipe\n", "utf16le"));
    expect(decodeCsv(utf16, 1_000)).toEqual({ ok: false, problem: { code: "notUtf8" } });
    expect(decodeCsv(new TextEncoder().encode("id;name\nT1;a\u0000b\n"), 100)).toEqual({ ok: false, problem: { code: "notUtf8" } });
  });

  it("refuses Windows-1252, an empty file and a file over the limit (the limit itself is fine)", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("id;name\nT1;"), 0xc9, 0x71, 0x75, 0x69, 0x70, 0x65]);
    expect(decodeCsv(latin1, 100)).toEqual({ ok: false, problem: { code: "notUtf8" } });
    expect(decodeCsv(new Uint8Array(), 100)).toEqual({ ok: false, problem: { code: "empty" } });
    expect(decodeCsv(utf8, utf8.byteLength - 1)).toEqual({ ok: false, problem: { code: "tooLarge" } });
    expect(decodeCsv(utf8, utf8.byteLength).ok).toBe(true);
  });
});
