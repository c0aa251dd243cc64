-- A region's actual figures for a set of indicators over time, with what a chart's caption and
-- data table need. $region: a region code or zone id; $indicators: indicator ids, comma-separated.
-- date_basis says what each period rests on (a figure with none is listed apart, never on the
-- time axis); the source's columns let the chart cite it as data/README.md says.
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
  region,
  region_name
FROM observations_full
WHERE region = $region
  -- Actual figures only: targets belong on their own chart.
  AND kind = 'actual'
  AND list_contains(string_split($indicators, ','), indicator)
ORDER BY indicator, period, id
