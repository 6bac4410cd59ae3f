// The HR-system sync by CSV (ADMIN, HR: `directory:sync`; issue 12 §4): the teams file, then the
// people file, each previewed (a dry run of the API's sync) before it is applied, all or nothing.
// Others get the 403 page. Plain forms: works without JavaScript.
import { forbidden } from "next/navigation";
import { DirectorySyncForm } from "@/components/organisation/directory-sync-form";
import { OrganisationTabs } from "@/components/organisation/organisation-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/get-actor";
import { can } from "@/lib/auth/policy";
import { fmt } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import { localeFromParams, pageTitle } from "@/lib/i18n/server";
import { MAX_DIRECTORY_CSV_BYTES, REQUIRED_COLUMNS, type DirectoryFile } from "@/lib/organisations/directory-csv";
import { directorySyncAction } from "./actions";
import { syncProblemText } from "./problem-text";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = pageTitle((t) => t.directorySync.title);

function formatHint(file: DirectoryFile, t: Messages): string {
  const d = t.directorySync;
  const size = fmt(d.megabytes, { n: MAX_DIRECTORY_CSV_BYTES[file] / 1024 / 1024 });
  const hint = fmt(d.format, { size, columns: REQUIRED_COLUMNS[file].join("; ") });
  return file === "teams" ? `${hint} ${fmt(d.formatOptional, { columns: "kind (DIRECTION, SERVICE, TEAM)" })}` : hint;
}

export default async function DirectorySyncPage({ params }: Props) {
  const { locale, t } = await localeFromParams(params);
  const actor = await requireActor(locale, `/${locale}/organisation/sync`);
  if (!can(actor, "directory:sync")) forbidden();
  const d = t.directorySync;
  return (
    <>
      <PageHeader title={d.title} lead={d.lead} />
      <OrganisationTabs locale={locale} t={t.organisation} current="sync" people={can(actor, "people:manage")} sync={d.tab} />
      <div className="grid gap-10">
        {(["teams", "people"] as const).map((file) => (
          <section key={file} aria-labelledby={`sync-${file}-heading`}>
            <h2 id={`sync-${file}-heading`} className="text-xl font-semibold">
              {d[file].heading}
            </h2>
            <p className="mb-4 text-slate-700">{d[file].intro}</p>
            <DirectorySyncForm
              file={file}
              t={d}
              locale={locale}
              formatHint={formatHint(file, t)}
              maxBytes={MAX_DIRECTORY_CSV_BYTES[file]}
              tooLarge={syncProblemText({ code: "tooLarge" }, file, t)}
              syncAction={directorySyncAction}
            />
          </section>
        ))}
      </div>
    </>
  );
}
