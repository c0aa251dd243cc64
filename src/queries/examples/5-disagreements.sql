-- 不同来源数字不一致之处（时间可能重叠、数值不能同时成立；下限与确数相容的不算：如“超过960”与“965”）
-- Figures that disagree: the same place, indicator and kind (a target also of the same target type), from different
-- sources, whose dates may overlap and whose values cannot both be true. The charts use the same rule
-- (src/lib/charts/when.ts dateWindow, src/lib/charts/disagreements.ts disagree; a test holds the two to one answer).
-- A figure's dates (its window): printed → that day; year → the year or span; publication (截至目前 on the source's
-- date D) → from the end of the year before D to D, since a figure said to be current rests on statistics gathered
-- since the last year-end at the oldest; not_before (an undated source, D its earliest date) → from the end of the year
-- before D to the end of the year after D; none → no window (compared with nothing); NULL (a snapshot released before
-- date_basis) → as the period reads. So 244 (printed 2021-12-31; publication 2022-05-05) and 219 (not_before
-- 2022-12-30) overlap. Values: a lower bound (more_than, at_least) is compatible with another lower bound and with an
-- exact figure that satisfies it; any other difference is listed, with qualifiers, for the reader to judge ("nearly"
-- against "more than").
WITH dated AS (
  SELECT *,
    CASE
      WHEN coalesce(period, '') = '' OR date_basis = 'none' THEN NULL
      WHEN date_basis IN ('publication', 'not_before') AND length(period) = 10 THEN make_date(year(period::DATE) - 1, 12, 31)
      WHEN length(period) = 10 THEN period::DATE
      ELSE make_date(left(period, 4)::INTEGER, 1, 1)
    END AS window_from,
    CASE
      WHEN coalesce(period, '') = '' OR date_basis = 'none' THEN NULL
      WHEN date_basis = 'not_before' AND length(period) = 10 THEN make_date(year(period::DATE) + 1, 12, 31)
      WHEN length(period) = 10 THEN period::DATE
      ELSE make_date(right(period, 4)::INTEGER, 12, 31)
    END AS window_to
  FROM observations_full
),
pairs AS (
  SELECT a.id AS a, b.id AS b
  FROM dated AS a
  JOIN dated AS b
    -- Same subject, different sources, each pair once.
    ON a.region = b.region AND a.indicator = b.indicator AND a.kind = b.kind
    AND coalesce(a.target_type, '') = coalesce(b.target_type, '')
    AND a.source <> b.source AND a.id < b.id
    -- Windows that share a day.
    AND a.window_from <= b.window_to AND b.window_from <= a.window_to
  WHERE a.value <> b.value
    AND NOT (
      -- Two lower bounds can both be true.
      (a.qualifier IN ('more_than', 'at_least') AND b.qualifier IN ('more_than', 'at_least'))
      -- A lower bound and an exact figure that satisfies it.
      OR (a.qualifier IN ('more_than', 'at_least') AND coalesce(b.qualifier, 'exact') = 'exact'
          AND CASE a.qualifier WHEN 'at_least' THEN b.value >= a.value ELSE b.value > a.value END)
      OR (b.qualifier IN ('more_than', 'at_least') AND coalesce(a.qualifier, 'exact') = 'exact'
          AND CASE b.qualifier WHEN 'at_least' THEN a.value >= b.value ELSE a.value > b.value END)
    )
),
involved AS (SELECT a AS id FROM pairs UNION SELECT b FROM pairs)
SELECT region_name AS 地区, indicator_zh AS 指标,
       list(CASE date_basis WHEN 'publication' THEN '截至' || period || '（报道日期）' WHEN 'not_before' THEN '不早于' || period
            ELSE period END ORDER BY period, id) AS 时间,
       list(concat(value_as_printed, '（', qualifier, '）') ORDER BY period, id) AS 各来源原文及限定,
       list(value ORDER BY period, id) AS 各来源数值,
       list(source_title ORDER BY period, id) AS 来源,
       list(id ORDER BY period, id) AS 编号
FROM dated
WHERE id IN (SELECT id FROM involved)
GROUP BY region, region_name, indicator, indicator_zh, kind, target_type
ORDER BY 地区, 指标
