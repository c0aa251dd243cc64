-- Places side by side (/compare/): the latest actual figure of one indicator for each of the
-- places a reader chose, one row per place with its own date (sources differ in date; the chart
-- ranks figures only within a year and sets older ones apart), chosen as peers_latest chooses:
-- the latest period, and an undated figure only for a place with no dated one.
-- $regions: place ids, comma-separated, in the reader's order; $indicator: an indicator id.
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
WHERE list_contains(string_split($regions, ','), region)
  AND indicator = $indicator
  AND kind = 'actual'
QUALIFY row_number() OVER (PARTITION BY region ORDER BY period DESC, id) = 1
ORDER BY list_position(string_split($regions, ','), region)
