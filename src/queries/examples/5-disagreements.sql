-- 不同来源数字不一致之处：同一地区、指标与时间的不同数值
-- Figures that disagree: the same place, indicator, period and kind given different values by different sources.
SELECT region_name AS 地区, indicator_zh AS 指标, period AS 时间,
       list(DISTINCT value ORDER BY value) AS 各来源数值,
       list(DISTINCT source_title) AS 来源
FROM observations_full
GROUP BY region, region_name, indicator, indicator_zh, period, kind
HAVING count(DISTINCT value) > 1
ORDER BY 地区, 指标, 时间
