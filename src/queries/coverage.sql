-- What the snapshot covers: for every place and indicator, how many figures it has, actual and
-- target, in which years, and the latest year. Feeds the coverage view on /data/, so that a
-- researcher sees the gaps before querying. No parameters.
WITH dated AS (
  SELECT
    region,
    region_name,
    region_level,
    coalesce(region_parent, '') AS region_parent,
    indicator,
    indicator_zh,
    kind,
    -- A figure's year: a day's or a year's own, a span's last; none for an undated figure.
    CASE
      WHEN coalesce(period, '') = '' THEN NULL
      WHEN contains(period, '/') THEN CAST(right(period, 4) AS INTEGER)
      ELSE CAST(left(period, 4) AS INTEGER)
    END AS year
  FROM observations_full
)
SELECT
  region,
  region_name,
  region_level,
  region_parent,
  indicator,
  indicator_zh,
  kind,
  year,
  count(*)::INTEGER AS figures
FROM dated
GROUP BY ALL
ORDER BY indicator, region, kind, year
