// The overview's headline (issue 19 §3): NPS, eNPS and the gap of the scope over the period, each
// with its change from the previous period of the same length, then the teams to watch. The
// figures come from lib/overview (pure); this only words them.
import type { Locale } from "@/lib/i18n/config";
import { fmt, formatNumber } from "@/lib/i18n/format";
import type { Messages } from "@/lib/i18n/messages";
import type { Headline, HeadlineChange, HeadlineScore } from "@/lib/overview/headline";
import type { MonthRange } from "@/lib/overview/period";
import { periodLabel } from "@/lib/overview/scope-line";
import type { TeamsToWatch } from "@/lib/overview/teams-to-watch";
import { gapIsSignificant } from "./symmetry-score";
import { Tile } from "./tile";
import { WatchTile } from "./watch-tile";

type Common = { locale: Locale; t: Messages };
type Props = Common & { headline: Headline; watch: TeamsToWatch; scope: string; previous: MonthRange | null; k: number; query: string };

const signed = (locale: Locale, value: number, digits = 0) => formatNumber(locale, value, { digits, signed: true });

function ChangeLine({ change, previous, locale, t }: Common & { change: HeadlineChange | null; previous: MonthRange | null }) {
  const m = t.overview;
  if (!previous) return null;
  const period = periodLabel(locale, previous);
  if (!change) return <p className="mt-2 text-xs text-slate-600">{fmt(m.noPrevious, { period })}</p>;
  const verdict = change.significant === null ? null : change.significant ? m.significant : m.notSignificant;
  const arrow = change.delta > 0 ? "▲ " : change.delta < 0 ? "▼ " : "";
  return (
    <p className="mt-2 text-sm text-slate-700 tabular-nums" data-testid="tile-change">
      {arrow}
      {fmt(m.vsPrevious, { delta: signed(locale, change.delta, 1), period })}
      {verdict ? <span className={change.significant ? "font-medium text-amber-900" : ""}>{`, ${verdict}`}</span> : null}
    </p>
  );
}

function ScoreTile({
  id,
  title,
  score,
  hiddenText,
  previous,
  locale,
  t,
}: Common & {
  id: string;
  title: string;
  score: HeadlineScore;
  hiddenText: string | null;
  previous: MonthRange | null;
}) {
  const m = t.overview;
  const figure = score.figure;
  const value = hiddenText ?? (!figure ? m.noAnswers : figure.tooFew ? fmt(m.tooFew, { n: formatNumber(locale, figure.n) }) : null);
  return (
    <Tile id={id} title={title}>
      {value !== null || !figure ? (
        <p className="mt-2 text-sm text-slate-600 italic" data-testid="tile-value">
          {value}
        </p>
      ) : (
        <>
          <p className="mt-1 text-3xl font-semibold tabular-nums" data-testid="tile-value">
            {signed(locale, figure.score)}
          </p>
          <p className="text-xs text-slate-600 tabular-nums">
            {fmt(m.answers, { n: formatNumber(locale, figure.n), low: signed(locale, figure.low), high: signed(locale, figure.high) })}
          </p>
        </>
      )}
      {hiddenText ? null : <ChangeLine change={score.change} previous={previous} locale={locale} t={t} />}
    </Tile>
  );
}

function GapTile({ headline, previous, locale, t }: Common & { headline: Headline; previous: MonthRange | null }) {
  const m = t.overview;
  const gap = headline.gap.figure;
  if (!gap) {
    const few = headline.nps.figure?.tooFew ? headline.nps.figure : null;
    const why = headline.enps.hidden ? m.gapHidden : few ? fmt(m.tooFew, { n: formatNumber(locale, few.n) }) : m.noAnswers;
    return (
      <Tile id="tile-gap" title={m.gap}>
        <p className="mt-2 text-sm text-slate-600 italic" data-testid="tile-value">
          {why}
        </p>
      </Tile>
    );
  }
  // Coloured by sign, and said in words: colour is never the only carrier (WCAG 1.4.1).
  const tone = gap.value > 0 ? "bg-blue-50 text-blue-900" : gap.value < 0 ? "bg-amber-50 text-amber-900" : "bg-slate-50 text-slate-900";
  const reading = gap.value > 0 ? m.gapPositive : gap.value < 0 ? m.gapNegative : m.gapNone;
  const interval = { low: signed(locale, gap.low, 1), high: signed(locale, gap.high, 1) };
  return (
    <Tile id="tile-gap" title={m.gap}>
      <div className={`mt-1 rounded px-2 py-1 ${tone}`} data-testid="gap-sign" data-sign={Math.sign(gap.value)}>
        <p className="text-3xl font-semibold tabular-nums" data-testid="tile-value">
          {signed(locale, gap.value, 1)}
        </p>
        <p className="text-sm font-medium">{reading}</p>
      </div>
      <p className="mt-1 text-xs text-slate-600 tabular-nums">
        {fmt(gapIsSignificant(gap) ? m.gapSignificant : m.gapNotSignificant, interval)}
      </p>
      <ChangeLine change={headline.gap.change} previous={previous} locale={locale} t={t} />
    </Tile>
  );
}

export function HeadlineTiles({ headline, watch, scope, previous, k, query, locale, t }: Props) {
  const m = t.overview;
  return (
    <section aria-labelledby="headline-title" className="mb-6" data-testid="headline">
      <h2 id="headline-title" className="text-lg font-semibold">
        {m.headline}
      </h2>
      <p className="mb-3 text-sm text-slate-600" data-testid="scope-line">
        {scope}
      </p>
      {previous ? null : <p className="mb-3 text-sm text-slate-600">{m.compareHint}</p>}
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <ScoreTile id="tile-nps" title={m.nps} score={headline.nps} hiddenText={null} previous={previous} locale={locale} t={t} />
        <ScoreTile
          id="tile-enps"
          title={m.enps}
          score={headline.enps}
          hiddenText={headline.enps.hidden ? fmt(t.dashboard.suppressed, { k }) : null}
          previous={previous}
          locale={locale}
          t={t}
        />
        <GapTile headline={headline} previous={previous} locale={locale} t={t} />
        <WatchTile watch={watch} showDrops={previous !== null} query={query} locale={locale} t={t} />
      </div>
    </section>
  );
}
