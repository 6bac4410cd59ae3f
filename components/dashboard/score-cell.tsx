// One score with its n and 95 % interval, or why there is none (suppressed / no answers).
import type { ScoreDto } from "@/lib/db/teams/list-team-scores";
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";

export function ScoreCell({ score, locale, t, k }: { score: ScoreDto; locale: Locale; t: Messages; k: number }) {
  if (score.status === "suppressed") {
    return <span className="text-slate-500 italic" title={fmt(t.dashboard.suppressed, { k })}>{fmt(t.dashboard.suppressed, { k })}</span>;
  }
  if (score.status === "empty") return <span className="text-slate-500">{t.dashboard.noAnswers}</span>;
  return (
    <span className="flex flex-col">
      <span className="text-lg font-semibold tabular-nums">{formatNumber(locale, score.score, { signed: true })}</span>
      <span className="text-xs text-slate-600 tabular-nums">
        {score.n === 1 ? t.common.oneAnswer : fmt(t.common.answers, { n: formatNumber(locale, score.n) })} ·{" "}
        {fmt(t.dashboard.interval, { low: formatNumber(locale, score.low), high: formatNumber(locale, score.high) })}
      </span>
    </span>
  );
}
