-- Full-text search for verbatim themes (docs/themes.md): accents folded before stemming.
-- Hand-written: Prisma does not model extensions or text search configurations, so the
-- schema snapshot is unchanged. Keep comments free of semicolons (the runner splits on them).

-- unaccent is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;

-- French: a copy of the built-in configuration where every word token is unaccented, then
-- stemmed by the French Snowball stemmer (its stop words still apply).
CREATE TEXT SEARCH CONFIGURATION public.symetrie_fr (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION public.symetrie_fr
  ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart
  WITH public.unaccent, pg_catalog.french_stem;

-- English: the same idea on top of the built-in english configuration.
CREATE TEXT SEARCH CONFIGURATION public.symetrie_en (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION public.symetrie_en
  ALTER MAPPING FOR word, hword, hword_part, asciiword, asciihword, hword_asciipart
  WITH public.unaccent, pg_catalog.english_stem;

-- OR of tsqueries, as an aggregate (tsquery_or is the function behind the || operator).
CREATE AGGREGATE public.symetrie_tsquery_any(tsquery) (SFUNC = pg_catalog.tsquery_or, STYPE = tsquery);

-- A theme's query: each keyword is a phrase (its words in order, hyphens read as spaces),
-- the keywords are ORed. Keywords only ever reach PostgreSQL as a parameter, never as SQL.
-- A keyword made only of stop words adds nothing, and no keyword at all gives NULL (no match).
CREATE FUNCTION public.symetrie_theme_query(config regconfig, keywords text[]) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT public.symetrie_tsquery_any(part.query)
  FROM (
    SELECT pg_catalog.phraseto_tsquery(config, pg_catalog.regexp_replace(keyword, '-', ' ', 'g')) AS query
    FROM pg_catalog.unnest(keywords) AS keyword
  ) AS part
  WHERE pg_catalog.numnode(part.query) > 0
$$;
