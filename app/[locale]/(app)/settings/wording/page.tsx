// "Wording and emails" (issue 13 §2, docs/emails.md): per locale, the customer survey's and the
// pulse's wording (name used as [X], introduction, thank-you) and the three email templates with
// a live preview. Readable with catalogue:read; each side editable by whoever manages it
// (catalogue:customer: customer wording and survey-link email; catalogue:employee: pulse wording
// and emails). The data layer refuses everyone else, which orPageError turns into the 403 page.
import { CatalogueTabs } from "@/components/catalogue/catalogue-tabs";
import { TemplateForm, WordingForm } from "@/components/wording/wording-forms";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { orPageError } from "@/lib/auth/or-page-error";
import { getWordingSettings } from "@/lib/db/wording/wording-settings";
import { locales } from "@/lib/i18n/config";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { EMAIL_TEMPLATE_KINDS } from "@/lib/wording/email-template";
import { saveTemplateAction, saveWordingAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.wording.title);

export default async function WordingPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/settings/wording`);
  const settings = await orPageError(getWordingSettings(actor));
  const w = t.wording;
  const readOnly = !settings.canEdit.CUSTOMER || !settings.canEdit.EMPLOYEE;
  return (
    <>
      <PageHeader title={w.title} lead={w.lead} />
      <CatalogueTabs locale={locale} t={t.catalogue} current="wording" />
      {readOnly ? <p className="mb-4 text-slate-700">{w.readOnly}</p> : null}
      <div className="grid gap-8">
        {locales.map((lang) => (
          <section
            key={lang}
            aria-labelledby={`wording-${lang}`}
            className="grid gap-6 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200"
          >
            <h2 id={`wording-${lang}`} className="text-xl font-semibold">
              {w.localeHeading[lang]}
            </h2>
            <div className="grid gap-6 lg:grid-cols-2">
              {(["CUSTOMER", "EMPLOYEE"] as const).map((side) => (
                <WordingForm
                  key={side}
                  lang={lang}
                  side={side}
                  initial={settings.wordings.find((x) => x.locale === lang && x.side === side)}
                  organisationName={settings.organisationName}
                  canEdit={settings.canEdit[side]}
                  labels={w}
                  action={saveWordingAction}
                />
              ))}
            </div>
            {EMAIL_TEMPLATE_KINDS.map((kind) => (
              <TemplateForm
                key={kind}
                lang={lang}
                kind={kind}
                initial={settings.templates.find((x) => x.locale === lang && x.kind === kind)}
                organisationName={settings.organisationName}
                canEdit={settings.canEdit[kind === "SURVEY_LINK" ? "CUSTOMER" : "EMPLOYEE"]}
                labels={w}
                action={saveTemplateAction}
              />
            ))}
          </section>
        ))}
      </div>
    </>
  );
}
