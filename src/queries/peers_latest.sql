-- The latest figure of one indicator for every place under one parent: provinces side by side
-- ($parent = '', $level = 'province'), a province's cities ($parent = '320000', $level = 'city':
-- also the Jiangsu tile grid), a city's counties and zones ($parent = '320900', $level = ''). One
-- row per place, with its own date: sources differ in date (the chart sets figures from before
-- the newest year apart). An undated figure is a place's latest only when it has no dated one.
-- $indicator: an indicator id; $parent: the parent's code ('' for provinces); $level: a region
-- level or zone kind ('' for any, institutions excepted); $kind: 'actual' or 'target'.
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
  target_year
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
QUALIFY row_number() OVER (PARTITION BY region ORDER BY period DESC, id) = 1
ORDER BY region
