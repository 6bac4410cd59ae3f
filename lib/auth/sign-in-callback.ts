// Where a sign-in goes afterwards: only a same-site path of the page's locale, never an open
// redirect ("//evil", another site); anything else is "" and the caller picks the role's landing.
export function signInCallback(raw: unknown, locale: string): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === "string" && value.startsWith(`/${locale}/`) && !value.startsWith("//") && value.length <= 2000 ? value : "";
}
