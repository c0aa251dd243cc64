-- Every observation with the names a reader needs: place, indicator and source. Used to build
-- the observations_full table of each snapshot, so that a first query needs no joins.
SELECT
  o.id,
  o.region,
  coalesce(r.name, z.name) AS region_name,
  -- Administrative regions have a level; other places have a kind (hi-tech-zone, country …).
  coalesce(r.level, z.kind) AS region_level,
  coalesce(r.parent, z.parent) AS region_parent,
  o.indicator,
  i.name_zh AS indicator_zh,
  i.name_en AS indicator_en,
  i.unit,
  i.measure,
  i.carrier,
  i.level,
  o.period,
  o.date_basis,
  o.kind,
  o.target_type,
  o.target_year,
  o.value,
  o.value_as_printed,
  o.qualifier,
  o.source,
  s.title AS source_title,
  s.publisher AS source_publisher,
  s.date AS source_date,
  s.url AS source_url,
  s.copy AS source_copy,
  s.original_publisher AS source_original_publisher,
  s.caution AS source_caution,
  o.quote,
  o.note
FROM observations AS o
LEFT JOIN regions AS r ON r.code = o.region
LEFT JOIN zones AS z ON z.id = o.region
LEFT JOIN indicators AS i ON i.id = o.indicator
LEFT JOIN sources AS s ON s.id = o.source
