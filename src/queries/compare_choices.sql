-- What /compare/ offers (a page's table, no chart): for each place and indicator with actual
-- figures in the snapshot, the place's name, kind and parent, the indicator's name, unit and what
-- it counts, and how many figures there are. The page keeps the places that are compared
-- (src/lib/compare/page.ts) and the indicators that two or more of them have. No parameters.
SELECT
  region,
  region_name,
  region_level,
  coalesce(region_parent, '') AS region_parent,
  indicator,
  indicator_zh,
  unit,
  carrier,
  measure,
  count(*)::INTEGER AS figures
FROM observations_full
WHERE kind = 'actual'
GROUP BY ALL
ORDER BY region, indicator
