"use client";
// Email + password form. Validates shape in the browser for a quick message; the server
// validates again (lib/auth/options.ts) and answers one generic message for any failure.
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";

export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
  submitting: string;
  invalid: string;
  invalidInput: string;
  unavailable: string;
}

export function SignInForm({ labels, callbackUrl }: { labels: SignInLabels; callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email.includes("@") || password.length === 0) return setError(labels.invalidInput);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) return window.location.assign(callbackUrl);
      setError(result?.status === 401 || result?.error === "CredentialsSignin" ? labels.invalid : labels.unavailable);
    } catch {
      setError(labels.unavailable);
    }
    setPending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-describedby={error ? "sign-in-error" : undefined}>
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="font-medium">
          {labels.email}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="rounded border border-slate-400 px-3 py-2" />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="font-medium">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="rounded border border-slate-400 px-3 py-2" />
      </div>
      {error ? (
        <p id="sign-in-error" role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
          {error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
