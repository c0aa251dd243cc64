-- A region's actual figures for a set of indicators over time, with what a chart's caption and
-- data table need. $region: a region code or zone id; $indicators: indicator ids, comma-separated.
SELECT
  indicator_zh AS label,
  period,
  value::DOUBLE AS value,
  value_as_printed,
  qualifier,
  source,
  source_title,
  indicator,
  unit,
  region,
  region_name
FROM observations_full
WHERE region = $region
  -- Actual figures only: targets belong on their own chart.
  AND kind = 'actual'
  AND list_contains(string_split($indicators, ','), indicator)
ORDER BY indicator, period
