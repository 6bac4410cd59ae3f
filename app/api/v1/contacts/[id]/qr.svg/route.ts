// GET /api/v1/contacts/{id}/qr.svg: the QR code of the contact's survey link (issue 13 §3).
import { contactQrRoute } from "@/lib/http/contact-qr-route";

export const GET = contactQrRoute("svg");
