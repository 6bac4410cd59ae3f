"use client";
// Settings › Connexion unique (ADMIN): the organisation's OpenID Connect provider, its email domains
// and options. Fields are controlled so a refused save redraws them as typed (React resets a form
// after its action); the client secret is write-only: empty keeps the stored one.
import { useActionState, useState } from "react";
import { Notice } from "@/components/ui/notice";
import type { Messages } from "@/lib/i18n/messages";
import type { SsoSettingsDto } from "@/lib/db/sso/sso-settings";
import type { RemoveSsoSettingsState, SaveSsoSettingsState } from "./form-states";

type Labels = Messages["sso"];

type Props = {
  labels: Labels;
  settings: SsoSettingsDto | null;
  admins: Array<{ userId: string; name: string; email: string }>;
  teams: Array<{ id: string; name: string }>;
  saveAction: (state: SaveSsoSettingsState, form: FormData) => Promise<SaveSsoSettingsState>;
  removeAction: (state: RemoveSsoSettingsState, form: FormData) => Promise<RemoveSsoSettingsState>;
};

const input = "rounded border border-slate-400 px-3 py-2";

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function SsoSettingsForm({ labels, settings, admins, teams, saveAction, removeAction }: Props) {
  const [state, formAction, pending] = useActionState(saveAction, null);
  const [removal, removeFormAction, removing] = useActionState(removeAction, null);
  const [values, setValues] = useState({
    displayName: settings?.displayName ?? "",
    issuer: settings?.issuer ?? "",
    clientId: settings?.clientId ?? "",
    allowedDomains: settings?.allowedDomains.join(", ") ?? "",
    ssoOnly: settings?.ssoOnly ?? false,
    breakGlassUserIds: settings?.breakGlassUserIds ?? [],
    jitEnabled: settings?.jitEnabled ?? false,
    jitTeamId: settings?.jitTeamId ?? "",
  });
  const set = <K extends keyof typeof values>(key: K, value: (typeof values)[K]) => setValues((current) => ({ ...current, [key]: value }));
  const failure = state && !state.ok ? state : null;
  const errors = failure?.fieldErrors ?? {};
  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true, "aria-describedby": `sso-${field}-error` } : {});
  const errorOf = (field: string) => (errors[field] ? errors[field] : undefined);
  const configured = Boolean(settings) && !(removal?.ok ?? false);

  return (
    <section aria-labelledby="sso-provider" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <h2 id="sso-provider" className="mb-3 font-semibold">
        {labels.provider}
      </h2>
      <form action={formAction} className="grid max-w-2xl gap-4">
        <Field id="sso-displayName" label={labels.displayName} hint={labels.displayNameHint} error={errorOf("displayName")}>
          <input
            id="sso-displayName"
            name="displayName"
            required
            maxLength={80}
            value={values.displayName}
            onChange={(event) => set("displayName", event.target.value)}
            className={input}
            {...invalid("displayName")}
          />
        </Field>
        <Field id="sso-issuer" label={labels.issuer} hint={labels.issuerHint} error={errorOf("issuer")}>
          <input
            id="sso-issuer"
            name="issuer"
            type="url"
            required
            maxLength={500}
            placeholder="https://login.microsoftonline.com/<tenant>/v2.0"
            value={values.issuer}
            onChange={(event) => set("issuer", event.target.value)}
            className={input}
            {...invalid("issuer")}
          />
        </Field>
        <Field id="sso-clientId" label={labels.clientId} error={errorOf("clientId")}>
          <input
            id="sso-clientId"
            name="clientId"
            required
            maxLength={300}
            autoComplete="off"
            value={values.clientId}
            onChange={(event) => set("clientId", event.target.value)}
            className={input}
            {...invalid("clientId")}
          />
        </Field>
        <Field
          id="sso-clientSecret"
          label={labels.clientSecret}
          hint={configured ? labels.clientSecretKeep : labels.clientSecretHint}
          error={errorOf("clientSecret")}
        >
          <input
            id="sso-clientSecret"
            name="clientSecret"
            type="password"
            autoComplete="new-password"
            required={!configured}
            maxLength={1000}
            className={input}
            {...invalid("clientSecret")}
          />
        </Field>
        <Field id="sso-allowedDomains" label={labels.allowedDomains} hint={labels.allowedDomainsHint} error={errorOf("allowedDomains")}>
          <textarea
            id="sso-allowedDomains"
            name="allowedDomains"
            required
            rows={2}
            maxLength={2000}
            value={values.allowedDomains}
            onChange={(event) => set("allowedDomains", event.target.value)}
            className={input}
            {...invalid("allowedDomains")}
          />
        </Field>
        <fieldset className="grid gap-3 rounded border border-slate-200 p-3">
          <legend className="px-1 font-medium">{labels.options}</legend>
          <div>
            <label className="flex items-center gap-2">
              <input type="checkbox" name="ssoOnly" checked={values.ssoOnly} onChange={(event) => set("ssoOnly", event.target.checked)} />
              {labels.ssoOnly}
            </label>
            <p className="ml-6 text-sm text-slate-600">{labels.ssoOnlyDescription}</p>
          </div>
          <fieldset className="ml-6" aria-describedby={errors.breakGlassUserIds ? "sso-breakGlassUserIds-error" : undefined}>
            <legend className="text-sm font-medium">{labels.breakGlass}</legend>
            {admins.length === 0 ? <p className="text-sm text-slate-600">{labels.breakGlassNone}</p> : null}
            {admins.map((admin) => (
              <label key={admin.userId} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="breakGlassUserIds"
                  value={admin.userId}
                  checked={values.breakGlassUserIds.includes(admin.userId)}
                  onChange={(event) =>
                    set(
                      "breakGlassUserIds",
                      event.target.checked
                        ? [...values.breakGlassUserIds, admin.userId]
                        : values.breakGlassUserIds.filter((id) => id !== admin.userId),
                    )
                  }
                />
                {admin.name} ({admin.email})
              </label>
            ))}
            {errors.breakGlassUserIds ? (
              <p id="sso-breakGlassUserIds-error" className="text-sm text-red-800">
                {errors.breakGlassUserIds}
              </p>
            ) : null}
          </fieldset>
          <div>
            <label className="flex items-center gap-2">
              <input
                type="checkbox"
                name="jitEnabled"
                checked={values.jitEnabled}
                onChange={(event) => set("jitEnabled", event.target.checked)}
              />
              {labels.jitEnabled}
            </label>
            <p className="ml-6 text-sm text-slate-600">{labels.jitDescription}</p>
          </div>
          <div className="ml-6">
            <Field id="sso-jitTeamId" label={labels.jitTeam} error={errorOf("jitTeamId")}>
              <select
                id="sso-jitTeamId"
                name="jitTeamId"
                value={values.jitTeamId}
                onChange={(event) => set("jitTeamId", event.target.value)}
                className={input}
                {...invalid("jitTeamId")}
              >
                <option value="">{labels.jitTeamNone}</option>
                {teams.map((team) => (
                  <option key={team.id} value={team.id}>
                    {team.name}
                  </option>
                ))}
              </select>
            </Field>
          </div>
        </fieldset>
        <Notice kind="error" text={failure?.message} testId="sso-error" />
        <Notice kind="ok" text={state?.ok ? labels.saved : null} testId="sso-saved" />
        <div>
          <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
            {pending ? labels.saving : labels.save}
          </button>
        </div>
      </form>
      {configured ? (
        <details className="mt-6">
          <summary className="cursor-pointer text-red-800">{labels.remove}</summary>
          <form action={removeFormAction} className="mt-2 flex flex-col items-start gap-2">
            <p>{labels.removeConfirm}</p>
            <button type="submit" disabled={removing} className="rounded border border-red-700 px-3 py-1 text-red-800 disabled:opacity-60">
              {labels.removeConfirmButton}
            </button>
          </form>
        </details>
      ) : null}
      <Notice kind="ok" text={removal?.ok ? labels.removed : null} />
    </section>
  );
}
