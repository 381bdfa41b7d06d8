// Partial of entity/_filter: the conditions on properties ($filters). Binds n.
AND all(f IN $filters WHERE
    CASE f.op
      WHEN 'eq' THEN n[f.property] = f.value
      WHEN 'in' THEN n[f.property] IN f.value
      WHEN 'contains' THEN toLower(n[f.property]) CONTAINS toLower(f.value)
      WHEN 'startsWith' THEN toLower(n[f.property]) STARTS WITH toLower(f.value)
      WHEN 'gte' THEN n[f.property] >= f.value
      WHEN 'lte' THEN n[f.property] <= f.value
      WHEN 'gteInstant' THEN n[f.property] >= datetime(f.value)
      WHEN 'lteInstant' THEN n[f.property] <= datetime(f.value)
      WHEN 'includes' THEN f.value IN coalesce(n[f.property], [])
      WHEN 'includesAny' THEN any(v IN f.value WHERE v IN coalesce(n[f.property], []))
      ELSE false
    END)
