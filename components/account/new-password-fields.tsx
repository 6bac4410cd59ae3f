// The new-password pair (with the rules said before typing), shared by the link page and the
// change-password form. Browsers' password managers recognise autocomplete="new-password".
import type { Messages } from "@/lib/i18n/messages";

const field = "rounded border border-slate-400 px-3 py-2";

export function NewPasswordFields({ t, errorId }: { t: Messages["account"]; errorId: string | null }) {
  const described = errorId ? `password-rules ${errorId}` : "password-rules";
  return (
    <>
      <p id="password-rules" className="text-sm text-slate-600">
        {t.passwordRules}
      </p>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t.newPassword}</span>
        <input
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          maxLength={200}
          aria-describedby={described}
          aria-invalid={errorId ? true : undefined}
          className={field}
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="font-medium">{t.confirmPassword}</span>
        <input name="confirm" type="password" autoComplete="new-password" required minLength={12} maxLength={200} className={field} />
      </label>
    </>
  );
}
