// "Previous / Next" links of a keyset-paged list: each carries the filters and an opaque cursor;
// an end with no page beyond it shows its label as plain text (not a dead link).
import Link from "next/link";

type Props = { label: string; previous: { text: string; href: string | null }; next: { text: string; href: string | null } };

const active = "rounded border border-slate-300 bg-white px-3 py-1 font-medium hover:bg-slate-100";
const inactive = "rounded border border-slate-200 px-3 py-1 text-slate-400";

export function ContactsPagination({ label, previous, next }: Props) {
  if (!previous.href && !next.href) return null;
  return (
    <nav aria-label={label} className="mt-4 flex gap-3 text-sm">
      {previous.href ? (
        <Link href={previous.href} rel="prev" className={active}>
          {previous.text}
        </Link>
      ) : (
        <span aria-disabled="true" className={inactive}>
          {previous.text}
        </span>
      )}
      {next.href ? (
        <Link href={next.href} rel="next" className={active}>
          {next.text}
        </Link>
      ) : (
        <span aria-disabled="true" className={inactive}>
          {next.text}
        </span>
      )}
    </nav>
  );
}
