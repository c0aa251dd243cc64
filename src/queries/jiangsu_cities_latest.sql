-- The latest actual figure of one indicator for each of Jiangsu's 13 cities.
-- $indicator: an indicator id.
SELECT
  region_name AS label,
  period,
  value::DOUBLE AS value,
  value_as_printed,
  qualifier,
  source,
  source_title,
  region,
  indicator,
  indicator_zh,
  unit
FROM observations_full
WHERE indicator = $indicator
  AND kind = 'actual'
  -- Prefecture-level cities of Jiangsu (320000), not counties or zones.
  AND region_parent = '320000'
  AND region_level = 'city'
  -- $until: '' for each place's latest figure, or a date: the latest up to it.
  AND ($until = '' OR period <= $until)
QUALIFY row_number() OVER (PARTITION BY region ORDER BY period DESC, id) = 1
ORDER BY region
