// Time-ordered UUIDs (RFC 9562 version 7) for rows we insert with raw SQL, matching the
// schema's @default(uuid(7)): new rows land at the right edge of the primary-key index.
import crypto from "node:crypto";

export function uuidV7Batch(count: number, now = Date.now()): string[] {
  const random = crypto.randomBytes(16 * count);
  const ids: string[] = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    const bytes = random.subarray(16 * i, 16 * i + 16);
    bytes.writeUIntBE(now, 0, 6);
    bytes[6] = (bytes[6]! & 0x0f) | 0x70;
    bytes[8] = (bytes[8]! & 0x3f) | 0x80;
    const hex = bytes.toString("hex");
    ids[i] = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  return ids;
}
