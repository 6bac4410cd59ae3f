// The respondent routes' form reader (issue 16 §2): read as a stream up to 64 KiB, with or
// without Content-Length; past it null (an invalid form, never a 500), the stream not read further.
import { describe, expect, it } from "vitest";
import { readPostedForm } from "@/lib/http/respondent-route";

const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request("http://localhost/fr/r/token", { method: "POST", headers, body, duplex: "half" } as RequestInit);

describe("readPostedForm", () => {
  it("reads urlencoded and multipart forms", async () => {
    const urlencoded = await readPostedForm(
      post("score=9&comment=Tr%C3%A8s+bien", { "content-type": "application/x-www-form-urlencoded" }),
    );
    expect(urlencoded?.get("comment")).toBe("Très bien");
    const form = new FormData();
    form.set("score", "7");
    const multipart = await readPostedForm(post(form));
    expect(multipart?.get("score")).toBe("7");
  });

  it("a chunked body past 64 KiB without Content-Length → null after a few chunks; a declared one → null unread", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 1_000) return controller.close();
        controller.enqueue(new TextEncoder().encode(`comment=${"a".repeat(16 * 1024)}`));
      },
    });
    expect(await readPostedForm(post(endless, { "content-type": "application/x-www-form-urlencoded" }))).toBeNull();
    expect(pulled).toBeLessThan(10);
    const declared = post("score=9", { "content-type": "application/x-www-form-urlencoded", "content-length": String(65 * 1024) });
    expect(await readPostedForm(declared)).toBeNull();
  });
});
