-- A target table across a place's counties, districts and zones (the Yancheng plan's
-- 重点目标任务预期表): every target of the parts under $parent from one source, and the whole's
-- target from the same row of the table (the same quote), flagged is_whole. Nothing is summed.
-- $parent: the whole's code; $source: a source id.
WITH parts AS (
  SELECT * FROM observations_full
  WHERE kind = 'target' AND region_parent = $parent AND source = $source
),
whole AS (
  SELECT * FROM observations_full
  WHERE kind = 'target' AND region = $parent AND source = $source AND quote IN (SELECT quote FROM parts)
)
SELECT
  region_name AS label,
  period,
  date_basis,
  kind,
  target_type,
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
  target_year,
  region = $parent AS is_whole
FROM (SELECT * FROM whole UNION ALL SELECT * FROM parts)
-- Observation ids follow the table's rows and columns.
ORDER BY id
