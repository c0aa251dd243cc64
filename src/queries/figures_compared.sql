-- Every figure with what deciding whether two figures disagree needs (place, indicator, kind,
-- target type, date and its basis, value and qualifier, source) and what explains them (the
-- note). Feeds the list of disagreeing figures on /data/ (src/lib/charts/disagreements.ts decides
-- which disagree, as the charts do). No parameters.
SELECT
  id,
  region,
  region_name,
  indicator,
  indicator_zh,
  kind,
  target_type,
  period,
  date_basis,
  value::DOUBLE AS value,
  value_as_printed,
  qualifier,
  source,
  source_title,
  note
FROM observations_full
ORDER BY region, indicator, period, id
