// Base of the respondent links built while rendering a page or running an action: APP_URL, else
// NEXTAUTH_URL, else the host the request reached (the API's twin is respondent-base-url.ts).
import { headers } from "next/headers";
import { env } from "@/lib/env";

export async function pageBaseUrl(): Promise<string> {
  const configured = env().APP_URL ?? env().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const h = await headers();
  return `${h.get("x-forwarded-proto") ?? "http"}://${h.get("x-forwarded-host") ?? h.get("host")}`;
}
