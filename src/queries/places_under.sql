-- The administrative regions at one level under one parent, whether or not they have figures:
-- the rows of a coverage table, so that places without data show as gaps.
-- $parent: the parent's code ('' for provinces); $level: province, city or county.
SELECT
  code AS region,
  name AS region_name
FROM regions
WHERE coalesce(parent, '') = $parent
  AND level = $level
ORDER BY code
