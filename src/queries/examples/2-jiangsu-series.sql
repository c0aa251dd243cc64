-- 江苏省各项载体指标的历年数值（附日期依据：printed 原文所印日期，year 仅印年份，publication 报道日期，not_before 不早于）
-- Jiangsu's actual figures over time, one row per indicator and period, with what each date rests on (date_basis).
SELECT indicator_zh AS 指标, period AS 时间, date_basis AS 日期依据, value AS 数值, unit AS 单位, qualifier AS 限定, source_title AS 来源
FROM observations_full
WHERE region = '320000'
  AND kind = 'actual'
ORDER BY 指标, 时间
