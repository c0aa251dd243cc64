-- 不同来源数字不一致之处（下限与确数相容的不算：如“超过960”与“965”并不矛盾）
-- Figures that disagree: the same place, indicator, period and kind given different values by different sources. A lower
-- bound (qualifier more_than or at_least) that the other sources' one exact figure satisfies is no disagreement ("more than
-- 960" and "965" can both be true), so such groups are left out; each figure is listed as printed with its qualifier, so the
-- reader can judge the rest (e.g. "nearly" against "more than").
SELECT region_name AS 地区, indicator_zh AS 指标, period AS 时间,
       list(DISTINCT concat(value_as_printed, '（', qualifier, '）')) AS 各来源原文及限定,
       list(DISTINCT value ORDER BY value) AS 各来源数值,
       list(DISTINCT source_title) AS 来源
FROM observations_full
GROUP BY region, region_name, indicator, indicator_zh, period, kind
HAVING count(DISTINCT value) > 1
   AND NOT (
     -- Only exact figures and lower bounds, at most one exact figure, and every lower bound compatible with it.
     bool_and(coalesce(qualifier IN ('exact', 'more_than', 'at_least'), false))
     AND count(DISTINCT value) FILTER (WHERE qualifier = 'exact') <= 1
     AND coalesce(max(value) FILTER (WHERE qualifier = 'more_than') < max(value) FILTER (WHERE qualifier = 'exact'), true)
     AND coalesce(max(value) FILTER (WHERE qualifier = 'at_least') <= max(value) FILTER (WHERE qualifier = 'exact'), true)
   )
ORDER BY 地区, 指标, 时间
