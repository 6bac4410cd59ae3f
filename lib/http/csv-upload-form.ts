// The fields of a CSV upload form (the contacts import, the HR-system sync) and the reading of its
// file: the first post sends `file`; the second sends back the text as `csv` (with `fileName`), or
// the same file again with the digest of the previewed text. Anything absent or of the wrong kind
// reads as missing.
import { createHash } from "node:crypto";
import { z } from "zod";
import { decodeCsv, type CsvFileProblem } from "@/lib/csv/read-csv";

export const csvUploadFields = {
  csv: z.string().catch(""),
  fileName: z
    .string()
    .catch("")
    .transform((name) => name.slice(0, 200)),
  file: z.instanceof(File).nullable().catch(null),
};

export type CsvUploadProblem = CsvFileProblem | { code: "noFile" };

/** The uploaded file as text, or why it cannot be read (none chosen, too large, not UTF-8, empty). */
export async function readUploadedCsv(
  file: File | null,
  maxBytes: number,
): Promise<{ ok: true; fileName: string; text: string } | { ok: false; problem: CsvUploadProblem }> {
  if (!file || (file.size === 0 && file.name === "")) return { ok: false, problem: { code: "noFile" } };
  if (file.size > maxBytes) return { ok: false, problem: { code: "tooLarge" } };
  const decoded = decodeCsv(new Uint8Array(await file.arrayBuffer()), maxBytes);
  return decoded.ok ? { ok: true, fileName: file.name.slice(0, 200), text: decoded.text } : decoded;
}

/** The text sent back for the second step, or why it cannot be used. */
export function sentBackCsv(csv: string, maxBytes: number): { ok: true } | { ok: false; problem: CsvUploadProblem } {
  if (csv.trim() === "") return { ok: false, problem: { code: "noFile" } };
  if (Buffer.byteLength(csv) > maxBytes) return { ok: false, problem: { code: "tooLarge" } };
  return { ok: true };
}

/** Names the previewed text, so the second post can prove it carries the same file (not a security check). */
export function csvDigest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
