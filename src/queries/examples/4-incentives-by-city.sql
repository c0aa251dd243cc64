-- 各地对孵化载体的奖补金额比较（万元）
-- Incentives compared across places: what each government pays for which recognition.
SELECT coalesce(r.name, z.name) AS 地区, i.carrier AS 载体, i.level AS 级别, i.event AS 事项,
       i.amount_wan AS 金额_万元, i.amount_type AS 方式, i.policy AS 政策
FROM incentives AS i
LEFT JOIN regions AS r ON r.code = i.region
LEFT JOIN zones AS z ON z.id = i.region
ORDER BY 载体, 级别, 金额_万元 DESC
