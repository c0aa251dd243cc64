-- A printed whole and its printed parts at one date: $region's $whole (an indicator id) and its
-- $parts (indicator ids, comma-separated) at $period, each flagged role = 'whole' or 'part'.
-- Nothing is summed: the parts are the figures printed.
SELECT
  indicator_zh AS label,
  period,
  date_basis,
  kind,
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
  indicator,
  unit,
  CASE WHEN indicator = $whole THEN 'whole' ELSE 'part' END AS role
FROM observations_full
WHERE region = $region
  AND kind = 'actual'
  AND period = $period
  AND (indicator = $whole OR list_contains(string_split($parts, ','), indicator))
ORDER BY role DESC, list_position(string_split($parts, ','), indicator)
