// A request body read as a stream up to a byte cap: the reader is cancelled at the first chunk
// past it, so a body without Content-Length (chunked) never fills memory (issue 16 §2). Our
// server caps every body as well (lib/http/body-cap.ts); this holds wherever a handler runs.

/** The body's bytes, or null when it is (or declares to be) larger than `limit`. */
export async function readCappedBytes(request: Request, limit: number): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(next.value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
