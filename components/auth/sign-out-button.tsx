// Sign-out as a native form post: no JavaScript needed, no hydration race.
export function SignOutButton({ label, locale, className }: { label: string; locale: string; className?: string }) {
  return (
    <form method="post" action="/api/session/end">
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}
