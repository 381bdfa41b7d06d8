// Partial: the WHERE clause shared by entity/list and entity/count. Binds n.
// Parameters: $filters: list of {property, op, value}; $relationFilters: list of
// {type, direction: OUT|IN|BOTH, others: [label], ids: [id] or null, roles: [role] or null, exists,
// visible: [visibility] or null, self: the viewer's own id or null}: people the viewer may not see
// are not evidence of a relation filter (a hidden id filters as an unknown id does).
WHERE all(f IN $filters WHERE
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
      WHEN 'visible' THEN coalesce(n[f.property], 'PUBLIC') IN f.value.allowed OR n.id = f.value.self
      WHEN 'includesAny' THEN any(v IN f.value WHERE v IN coalesce(n[f.property], []))
      ELSE false
    END)
  AND all(rf IN $relationFilters WHERE
    EXISTS {
      MATCH (n)-[r]-(m:Entity)
      WHERE type(r) = rf.type
        AND (rf.direction = 'BOTH' OR (rf.direction = 'OUT') = (startNode(r) = n))
        AND any(l IN labels(m) WHERE l IN rf.others)
        AND (rf.ids IS NULL OR m.id IN rf.ids)
        AND (rf.roles IS NULL OR r.role IN rf.roles)
        AND (rf.visible IS NULL OR NOT m:Professional OR coalesce(m.visibility, 'PUBLIC') IN rf.visible
          OR m.id = rf.self)
    } = rf.exists)
