// English messages of the "qrCatalogue" namespace: same keys as fr/qrCatalogue.ts.
import type { Messages } from "../../messages";

export const qrCatalogue: Messages["qrCatalogue"] = {
  channels: { phone: "Phone", email: "Email", chat: "Chat", store: "Store", field: "On-site visit" },
  qrLink: "QR code",
  qrLinkLabel: "Printable QR code of {contact}'s link",
  qrTitle: "Survey QR code",
  qrInvitation: "Your opinion matters: scan this code to answer our short survey (2 minutes).",
  qrInvitationOther: "Votre avis compte : scannez ce code pour répondre à notre questionnaire (2 minutes).",
  qrAlt: "QR code leading to the satisfaction survey",
  qrPrint: "Print",
  qrBack: "Back to contacts",
  qrDownloadSvg: "Download (SVG)",
  qrDownloadPng: "Download (PNG)",
  qrGoneTitle: "This link is no longer valid",
  qrGoneText: "The customer has already answered or the link has expired: there is no QR code left to print for this contact.",
};
