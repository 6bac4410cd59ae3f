// "Teams to watch" (issue 19 §3): the largest significant gaps and the biggest significant drops,
// chosen by lib/overview/teams-to-watch.ts (hidden eNPS never a reason); each team links to its page.
import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { TeamsToWatch } from "@/lib/overview/teams-to-watch";
import { Tile } from "./tile";

type Props = { watch: TeamsToWatch; showDrops: boolean; query: string; locale: Locale; t: Messages };

export function WatchTile({ watch, showDrops, query, locale, t }: Props) {
  const m = t.overview;
  const d1 = (value: number) => formatNumber(locale, value, { digits: 1, signed: true });
  const link = (teamId: string, name: string) => (
    <Link className="underline" href={`/${locale}/teams/${teamId}${query}`}>
      {name}
    </Link>
  );
  return (
    <Tile id="tile-watch" title={m.watch}>
      <h4 className="mt-2 text-xs font-medium text-slate-600">{m.watchGaps}</h4>
      {watch.gaps.length === 0 ? (
        <p className="text-sm text-slate-600">{m.watchNoGaps}</p>
      ) : (
        <ul className="text-sm" data-testid="watch-gaps">
          {watch.gaps.map((entry) => (
            <li key={entry.teamId}>
              {link(entry.teamId, entry.name)} <span className="tabular-nums">· {fmt(m.watchGap, { gap: d1(entry.gap) })}</span>
            </li>
          ))}
        </ul>
      )}
      {showDrops ? (
        <>
          <h4 className="mt-2 text-xs font-medium text-slate-600">{m.watchDrops}</h4>
          {watch.drops.length === 0 ? (
            <p className="text-sm text-slate-600">{m.watchNoDrops}</p>
          ) : (
            <ul className="text-sm" data-testid="watch-drops">
              {watch.drops.map((entry) => (
                <li key={`${entry.teamId}-${entry.side}`}>
                  {link(entry.teamId, entry.name)}{" "}
                  <span className="tabular-nums">
                    · {fmt(entry.side === "nps" ? m.watchDropNps : m.watchDropEnps, { delta: d1(entry.delta) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Tile>
  );
}
