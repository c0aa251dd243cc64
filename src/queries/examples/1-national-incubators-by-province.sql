-- 各省国家级科技企业孵化器数量（最新一期，附原文、限定词、截至日期与来源）
-- Each province's latest figure of national-level incubators, with the figure as printed and its qualifier (a figure printed as "more than 5" is a lower bound, not 5), its as-of period and source.
SELECT region_name AS 省份, value AS 数量, value_as_printed AS 原文, qualifier AS 限定, period AS 截至, source_title AS 来源
FROM observations_full
WHERE indicator = 'national_incubators'
  AND kind = 'actual'
  AND region_level = 'province'
QUALIFY row_number() OVER (PARTITION BY region ORDER BY period DESC, id) = 1
ORDER BY 数量 DESC, 省份
