// The two QR code routes of a contact (SVG and PNG): scope contacts:write, 404 for an id that is
// not one of the organisation's contacts, 410 once the link is answered or expired.
import { getContactLink } from "@/lib/db/contacts/get-contact-link";
import { qrPng, qrSvg } from "@/lib/qr/render-qr";
import { apiRoute } from "./api-route";
import { respondentBaseUrl } from "./respondent-base-url";

export function contactQrRoute(format: "svg" | "png") {
  return apiRoute({ scope: "contacts:write" }, async ({ principal, params, request }) => {
    const link = await getContactLink(principal, String(params.id ?? ""));
    const url = `${respondentBaseUrl(request)}${link.path}`;
    // The image carries a live link: never cached by a shared cache.
    const headers = { "cache-control": "private, no-store" };
    if (format === "svg") return new Response(await qrSvg(url), { headers: { ...headers, "content-type": "image/svg+xml" } });
    return new Response(new Uint8Array(await qrPng(url)), { headers: { ...headers, "content-type": "image/png" } });
  });
}
