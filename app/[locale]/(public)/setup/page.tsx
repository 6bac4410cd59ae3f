// The setup page of a fresh install (issue 12 §1): exists only while no organisation does. Asks
// for the one-time token printed in the server log, the organisation and its first ADMIN; the
// ADMIN then sets their password on the page that follows. Plain form: works without JS.
import { Notice } from "@/components/ui/notice";
import { notFound } from "next/navigation";
import { PublicCard } from "@/components/account/public-card";
import { hasOrganisation } from "@/lib/db/organisations/instance-setup";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import type { Messages } from "@/lib/i18n/messages";
import { setupAction } from "./actions";

type Query = Partial<Record<"token" | "error" | "slugTaken" | "name" | "slug" | "adminName" | "adminEmail", string>>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Query> };

export const generateMetadata = pageTitle((t) => t.account.installTitle);

const input = "rounded border border-slate-400 px-3 py-2";

const FIELD_ERRORS = {
  name: "fieldName",
  slug: "fieldSlug",
  adminName: "fieldAdminName",
  adminEmail: "fieldAdminEmail",
  locale: "fieldLocale",
} as const satisfies Record<string, keyof Messages["account"]>;

export default async function SetupPage({ params, searchParams }: Props) {
  const { locale, t } = await localeFromParams(params);
  // Read before the database: the page is rendered per request, never at build time.
  const query = await searchParams;
  if (await hasOrganisation()) notFound();
  const a = t.account;
  const invalid = new Set((query.error ?? "").split(","));
  const summary = invalid.has("token") ? a.installBadToken : query.error ? a.installErrorSummary : null;
  const fieldError = (field: keyof typeof FIELD_ERRORS) =>
    invalid.has(field) ? (field === "slug" && query.slugTaken ? a.fieldSlugTaken : a[FIELD_ERRORS[field]]) : null;
  const text = (name: keyof typeof FIELD_ERRORS, label: string, type = "text", autoComplete = "off") => {
    const error = fieldError(name);
    return (
      <label className="flex flex-col gap-1">
        <span className="font-medium">{label}</span>
        <input
          name={name}
          type={type}
          required
          maxLength={name === "adminEmail" ? 320 : 120}
          autoComplete={autoComplete}
          defaultValue={query[name as keyof Query] ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${name}-error` : undefined}
          className={input}
        />
        {error ? (
          <span id={`${name}-error`} className="text-sm text-red-800">
            {error}
          </span>
        ) : null}
      </label>
    );
  };
  return (
    <PublicCard locale={locale} t={t} path="/setup" title={a.installTitle}>
      <p className="mb-4 text-slate-600">{a.installIntro}</p>
      <Notice kind="error" id="setup-error" text={summary} />
      <form action={setupAction} className="flex flex-col gap-4">
        <label className="flex flex-col gap-1">
          <span className="font-medium">{a.installToken}</span>
          <input name="token" required autoComplete="off" defaultValue={query.token ?? ""} className={`${input} font-mono`} />
        </label>
        {text("name", a.installName, "text", "organization")}
        {text("slug", a.installSlug)}
        {text("adminName", a.installAdminName, "text", "name")}
        {text("adminEmail", a.installAdminEmail, "email", "email")}
        <label className="flex flex-col gap-1">
          <span className="font-medium">{a.installLocale}</span>
          <select name="locale" defaultValue={locale} className={input}>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
          {a.installSubmit}
        </button>
      </form>
    </PublicCard>
  );
}
