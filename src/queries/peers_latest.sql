-- The latest figure of one indicator for every place under one parent: provinces side by side
-- ($parent = '', $level = 'province'), a province's cities ($parent = '320000', $level = 'city':
-- also the Jiangsu tile grid), a city's counties and zones ($parent = '320900', $level = ''). One
-- row per place, with its own date: sources differ in date (the chart sets figures from before
-- the newest year apart). An undated figure is a place's latest only when it has no dated one.
-- A place's latest figure may be disputed: another source's figure for the same place whose dates
-- overlap and whose value cannot also be true comes as a row of its own, `rival_of` naming the
-- latest figure's id (NULL on the latest figure itself), so that the chart draws both, one mark
-- per source, and says they disagree. The rule is the charts' (src/lib/charts/disagreements.ts,
-- when.ts) and the workbench example 5-disagreements.sql's; test/queries/peers-rivals.test.ts
-- holds this query to it.
-- $indicator: an indicator id; $parent: the parent's code ('' for provinces); $level: a region
-- level or zone kind ('' for any, institutions excepted); $kind: 'actual' or 'target'.
WITH candidates AS (
  SELECT
    *,
    -- A figure's window of days (see 5-disagreements.sql): a printed day itself; a year or a span
    -- its years; publication (截至目前) from the end of the year before to the day; not_before
    -- from the end of the year before to the end of the year after; none no window.
    CASE
      WHEN coalesce(period, '') = '' OR date_basis = 'none' THEN NULL
      WHEN date_basis IN ('publication', 'not_before') AND length(period) = 10 THEN make_date(year(period::DATE) - 1, 12, 31)
      WHEN length(period) = 10 THEN period::DATE
      ELSE make_date(left(period, 4)::INTEGER, 1, 1)
    END AS window_from,
    CASE
      WHEN coalesce(period, '') = '' OR date_basis = 'none' THEN NULL
      WHEN date_basis = 'not_before' AND length(period) = 10 THEN make_date(year(period::DATE) + 1, 12, 31)
      WHEN length(period) = 10 THEN period::DATE
      ELSE make_date(right(period, 4)::INTEGER, 12, 31)
    END AS window_to
  FROM observations_full
  WHERE indicator = $indicator
    AND kind = $kind
    AND coalesce(region_parent, '') = $parent
    AND (region_level = $level OR ($level = '' AND region_level NOT IN ('institution', 'country', 'province-group', 'cross-province')))
    -- $until: '' for each place's latest figure, or a date: the latest up to it.
    AND ($until = '' OR period <= $until)
    -- $year: '' for any year, or a year (2021): only figures dated in it (a span by its last year),
    -- so that a comparison can hold figures of one year only. Undated figures have no year.
    AND ($year = '' OR CASE WHEN contains(period, '/') THEN right(period, 4) ELSE left(period, 4) END = $year)
),
latest AS (
  SELECT * FROM candidates
  QUALIFY row_number() OVER (PARTITION BY region ORDER BY period DESC, id) = 1
),
rivals AS (
  SELECT c.*, l.id AS rival_of
  FROM candidates AS c
  JOIN latest AS l
    -- The same place (and kind of target), another source, windows that share a day.
    ON c.region = l.region AND c.source <> l.source
    AND coalesce(c.target_type, '') = coalesce(l.target_type, '')
    AND c.window_from <= l.window_to AND l.window_from <= c.window_to
  WHERE c.value <> l.value
    AND NOT (
      -- Two lower bounds can both be true; so can a lower bound and an exact figure that meets it.
      (c.qualifier IN ('more_than', 'at_least') AND l.qualifier IN ('more_than', 'at_least'))
      OR (c.qualifier IN ('more_than', 'at_least') AND coalesce(l.qualifier, 'exact') = 'exact'
          AND CASE c.qualifier WHEN 'at_least' THEN l.value >= c.value ELSE l.value > c.value END)
      OR (l.qualifier IN ('more_than', 'at_least') AND coalesce(c.qualifier, 'exact') = 'exact'
          AND CASE l.qualifier WHEN 'at_least' THEN c.value >= l.value ELSE c.value > l.value END)
    )
),
figures AS (
  SELECT *, NULL::VARCHAR AS rival_of FROM latest
  UNION ALL
  SELECT * FROM rivals
)
SELECT
  region_name AS label,
  period,
  date_basis,
  value::DOUBLE AS value,
  value_as_printed,
  qualifier,
  source,
  source_title,
  source_publisher,
  source_date,
  source_url,
  source_copy,
  source_original_publisher,
  source_caution,
  region,
  region_level,
  indicator,
  indicator_zh,
  unit,
  kind,
  target_type,
  target_year,
  id,
  rival_of
FROM figures
ORDER BY region, rival_of NULLS FIRST, period DESC, id
