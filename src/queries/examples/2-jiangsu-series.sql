-- 江苏省各项载体指标的历年数值
-- Jiangsu's actual figures over time, one row per indicator and period.
SELECT indicator_zh AS 指标, period AS 时间, value AS 数值, unit AS 单位, qualifier AS 限定, source_title AS 来源
FROM observations_full
WHERE region = '320000'
  AND kind = 'actual'
ORDER BY 指标, 时间
