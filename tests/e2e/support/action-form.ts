// Reads a server-rendered form's fields as the browser would post it without JavaScript,
// including React's hidden action fields, so a test can replay the post under another session.
import type { Page } from "@playwright/test";

const decode = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** The named inputs of `<form id={formId}>` on `path`, fetched with the page's session. */
export async function formFields(page: Page, path: string, formId: string): Promise<Record<string, string>> {
  const html = await (await page.request.get(path)).text();
  const form = new RegExp(`<form[^>]*id="${formId}"[^>]*>([\\s\\S]*?)</form>`).exec(html)?.[1];
  if (!form) throw new Error(`no form #${formId} on ${path}`);
  const fields: Record<string, string> = {};
  for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) fields[decode(name)] = decode(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  return fields;
}
