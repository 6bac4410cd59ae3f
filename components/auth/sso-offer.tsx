"use client";
// The sign-in form's single sign-on offer: as the email is typed, asks /api/sso/lookup whether its
// domain signs in with an organisation's provider, and if so shows « Se connecter avec <nom> », a
// submit button of the same form posting to /api/sso/start (no password needed). Without
// JavaScript the page's « connexion unique » link leads to the email-only form instead.
import { useEffect, useState } from "react";

export interface SsoOfferLabels {
  signInWith: string;
  ssoOnlyHint: string;
  or: string;
}

type Offer = { displayName: string; ssoOnly: boolean } | null;

const COMPLETE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function SsoOffer({ labels, emailInputId, initialEmail }: { labels: SsoOfferLabels; emailInputId: string; initialEmail: string }) {
  const [email, setEmail] = useState(initialEmail);
  // The answer is kept with the email it was for: an answer for an older email is never shown.
  const [answer, setAnswer] = useState<{ email: string; sso: Offer }>({ email: "", sso: null });

  useEffect(() => {
    const input = document.getElementById(emailInputId) as HTMLInputElement | null;
    if (!input) return;
    const onInput = () => setEmail(input.value.trim().toLowerCase());
    input.addEventListener("input", onInput);
    return () => input.removeEventListener("input", onInput);
  }, [emailInputId]);

  useEffect(() => {
    if (!COMPLETE_EMAIL.test(email)) return;
    const controller = new AbortController();
    // Asked once typing pauses: a domain, not each keystroke.
    const timer = setTimeout(() => {
      fetch(`/api/sso/lookup?${new URLSearchParams({ email })}`, { signal: controller.signal, headers: { accept: "application/json" } })
        .then((response) => (response.ok ? response.json() : { sso: null }))
        .then((body: { sso: Offer }) => setAnswer({ email, sso: body.sso }))
        .catch(() => undefined);
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [email]);

  const offer = answer.email === email ? answer.sso : null;
  if (!offer) return null;
  const fill = (text: string) => text.replace("{name}", offer.displayName);
  return (
    <div className="flex flex-col gap-3" data-testid="sso-offer">
      {offer.ssoOnly ? <p className="text-sm text-slate-700">{fill(labels.ssoOnlyHint)}</p> : null}
      <button type="submit" formAction="/api/sso/start" formNoValidate className="rounded bg-brand px-4 py-2 font-medium text-white">
        {fill(labels.signInWith)}
      </button>
      <p className="text-center text-sm text-slate-600" aria-hidden="true">
        — {labels.or} —
      </p>
    </div>
  );
}
