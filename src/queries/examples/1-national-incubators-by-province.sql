-- 各省国家级科技企业孵化器数量（最新一期，附原文、限定词、截至日期及其依据与来源；按年份分组，同一年份内才排序）
-- Each province's latest figure of national-level incubators, with the figure as printed and its qualifier (a figure printed as "more than 5" is a lower bound, not 5), its as-of period, what that date rests on (date_basis: printed, year, publication, not_before) and its source. Sorted by year first: figures of different years are not ranked against each other.
SELECT region_name AS 省份, value AS 数量, value_as_printed AS 原文, qualifier AS 限定, period AS 截至, date_basis AS 日期依据,
       CASE WHEN contains(period, '/') THEN right(period, 4) ELSE left(period, 4) END AS 年份, source_title AS 来源
FROM observations_full
WHERE indicator = 'national_incubators'
  AND kind = 'actual'
  AND region_level = 'province'
QUALIFY row_number() OVER (PARTITION BY region ORDER BY period DESC, id) = 1
ORDER BY 年份 DESC NULLS LAST, 数量 DESC, 省份
