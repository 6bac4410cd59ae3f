// Email + password form: a native post to /api/session/start, so it works without
// JavaScript and before hydration; errors come back as ?error= and are shown here, with the
// address typed before (`email`) so only the password needs retyping. When the email's domain
// signs in by single sign-on, SsoOffer adds « Se connecter avec <fournisseur> » above the password.
import { SsoOffer, type SsoOfferLabels } from "./sso-offer";

export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
}

export function SignInForm({
  labels,
  locale,
  callbackUrl,
  error,
  email = "",
  ssoLabels,
}: {
  labels: SignInLabels;
  ssoLabels: SsoOfferLabels;
  locale: string;
  callbackUrl: string;
  error: string | null;
  email?: string;
}) {
  return (
    <form method="post" action="/api/session/start" className="flex flex-col gap-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="font-medium">
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          maxLength={320}
          defaultValue={email}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "sign-in-error" : undefined}
          className="rounded border border-slate-400 px-3 py-2"
        />
      </div>
      <SsoOffer labels={ssoLabels} emailInputId="email" initialEmail={email} />
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="font-medium">
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          className="rounded border border-slate-400 px-3 py-2"
        />
      </div>
      {error ? (
        <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      ) : null}
      <button type="submit" className="rounded bg-brand px-4 py-2 font-medium text-white">
        {labels.submit}
      </button>
    </form>
  );
}
