-- Money policies promise per carrier kind and level, with the paying region's name.
-- $region: a region code or zone id, or '' for every region; $source: a source id (the article
-- that reports them), or '' for every source. Caps (最高…) have qualifier 'cap'.
SELECT
  coalesce(r.name, z.name, i.region) AS label,
  i.policy_date AS period,
  i.amount_wan::DOUBLE AS value,
  i.amount_as_printed AS value_as_printed,
  CASE WHEN i.amount_type = 'cap' THEN 'cap' ELSE 'exact' END AS qualifier,
  i.source,
  s.title AS source_title,
  s.publisher AS source_publisher,
  s.date AS source_date,
  s.url AS source_url,
  s.copy AS source_copy,
  s.original_publisher AS source_original_publisher,
  s.caution AS source_caution,
  i.region,
  i.carrier,
  i.level,
  i.event,
  i.policy,
  '万元' AS unit
FROM incentives AS i
LEFT JOIN regions AS r ON r.code = i.region
LEFT JOIN zones AS z ON z.id = i.region
LEFT JOIN sources AS s ON s.id = i.source
WHERE ($region = '' OR i.region = $region)
  AND ($source = '' OR i.source = $source)
ORDER BY i.region, i.id
