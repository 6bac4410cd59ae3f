// Runs the labelled corpus through PostgreSQL full-text search with the default themes'
// French keywords and scores each theme against the labels: precision, recall, F1, and the
// micro-average per side. Matching happens in SQL (one query per theme), never in JS.
import type { CorpusComment, CorpusSide } from "@/tests/fixtures/theme-corpus";
import { DEFAULT_THEME_PAIRS } from "@/lib/themes/defaults";
import { themeQuerySql } from "@/lib/themes/tsquery";

export type Query = (sql: string, params: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

export type Score = {
  key: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
};
export type SideScores = { side: CorpusSide; comments: number; themes: Score[]; micro: Score; misses: string[] };

const MATCH_SQL = `
  SELECT (c.ordinality - 1)::int AS index
  FROM unnest($1::text[]) WITH ORDINALITY AS c(comment, ordinality)
  WHERE pg_catalog.to_tsvector('symetrie_fr'::regconfig, c.comment) @@ ${themeQuerySql("fr", "$2")}`;

function score(key: string, truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { key, truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

export async function scoreSide(query: Query, corpus: readonly CorpusComment[], side: CorpusSide): Promise<SideScores> {
  const comments = corpus.filter((comment) => comment.side === side);
  const texts = comments.map((comment) => comment.text);
  const themes: Score[] = [];
  const misses: string[] = [];
  for (const pair of DEFAULT_THEME_PAIRS) {
    const theme = pair[side];
    const { rows } = await query(MATCH_SQL, [texts, theme.keywordsFr]);
    const matched = new Set(rows.map((row) => Number(row.index)));
    let tp = 0;
    let fp = 0;
    let fn = 0;
    comments.forEach((comment, index) => {
      const labelled = comment.themes.includes(theme.key);
      if (labelled && matched.has(index)) {
        tp += 1;
      } else if (matched.has(index)) {
        fp += 1;
        misses.push(`${theme.key} FP: ${comment.text}`);
      } else if (labelled) {
        fn += 1;
        misses.push(`${theme.key} FN: ${comment.text}`);
      }
    });
    themes.push(score(theme.key, tp, fp, fn));
  }
  const sum = (pick: (s: Score) => number) => themes.reduce((total, s) => total + pick(s), 0);
  const micro = score(
    "micro",
    sum((s) => s.truePositives),
    sum((s) => s.falsePositives),
    sum((s) => s.falseNegatives),
  );
  return { side, comments: comments.length, themes, micro, misses };
}

const pct = (value: number) => value.toFixed(2);

export function formatScores(scores: SideScores): string {
  const lines = [`${scores.side} (${scores.comments} comments)`, "theme | precision | recall | F1 | TP | FP | FN"];
  for (const s of [...scores.themes, scores.micro]) {
    lines.push(
      `${s.key} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives}`,
    );
  }
  return lines.join("\n");
}
