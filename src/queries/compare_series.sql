-- Places side by side over time (/compare/): every actual figure of one indicator for each of
-- the places a reader chose, one line per place (label = the place's name), so one scope only.
-- $regions: place ids (GB/T 2260 codes or zone ids), comma-separated, in the reader's order
-- (src/lib/compare/address.ts); $indicator: an indicator id. date_basis says what each period
-- rests on (an undated figure is listed under the chart, never on its time axis).
SELECT
  region_name AS label,
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
  region,
  region_name,
  indicator,
  indicator_zh,
  unit
FROM observations_full
WHERE list_contains(string_split($regions, ','), region)
  AND indicator = $indicator
  -- Actual figures only: targets are compared in their own tables, by kind of target.
  AND kind = 'actual'
-- The reader's order of places (the data table's order), each place's figures by date.
ORDER BY list_position(string_split($regions, ','), region), period, id
