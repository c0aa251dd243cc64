-- The latest actual figure of one indicator for each of Jiangsu's 13 cities.
-- $indicator: an indicator id.
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
  indicator,
  indicator_zh,
  unit,
  kind
FROM observations_full
WHERE indicator = $indicator
  AND kind = 'actual'
  -- Prefecture-level cities of Jiangsu (320000), not counties or zones.
  AND region_parent = '320000'
  AND region_level = 'city'
  -- $until: '' for each place's latest figure, or a date: the latest up to it.
  AND ($until = '' OR period <= $until)
  -- $year: '' for any year, or a year (2021): only figures dated in it (a span by its last year),
  -- so that a comparison can hold figures of one year only. Undated figures have no year.
  AND ($year = '' OR CASE WHEN contains(period, '/') THEN right(period, 4) ELSE left(period, 4) END = $year)
QUALIFY row_number() OVER (PARTITION BY region ORDER BY period DESC, id) = 1
ORDER BY region
