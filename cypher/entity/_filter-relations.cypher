// Partial of entity/_filter: the conditions on relations ($relationFilters; $seen: work of people the
// viewer may not see is no evidence either, see entity/_work-seen). Binds n.
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
        AND all(work IN [m] WHERE {{> entity/_work-seen}})
    } = rf.exists)
