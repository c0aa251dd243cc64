-- 盐城市各县（市、区）和园区的载体建设目标（附原文、限定词与目标类型：reach_by 到某年达到，each_year 每年，total_over 期间累计）
-- Yancheng's targets by county, district and zone: what each is to add, and by when, with the target as printed, its qualifier ("5家以上" is at least 5, not 5) and its type (a level by a year, an amount every year, or a total over the span).
SELECT o.region_name AS 地区, o.indicator_zh AS 指标, o.target_type AS 目标类型, o.target_year AS 目标年份, o.value AS 目标值,
       o.value_as_printed AS 原文, o.qualifier AS 限定, o.unit AS 单位, o.period AS 期间
FROM observations_full AS o
WHERE o.kind = 'target'
  AND (o.region_parent = '320900' OR o.region = '320900')
ORDER BY 指标, 目标类型, 地区, o.id
