// The signed-in pages' loading state announces itself in the layout's language.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LoadingLabelProvider, PageLoading } from "@/components/ui/page-loading";

describe("PageLoading", () => {
  it("is a polite, busy status carrying the label the layout provides", () => {
    const html = renderToStaticMarkup(<LoadingLabelProvider label="Loading…"><PageLoading /></LoadingLabelProvider>);
    expect(html).toMatch(/^<div role="status" aria-live="polite" aria-busy="true"/);
    expect(html).toContain("<p class=\"text-sm text-slate-600\">Loading…</p>");
    // The skeleton is decoration: hidden from assistive technology.
    expect(html).toContain('aria-hidden="true"');
  });
});
