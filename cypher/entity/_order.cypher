// Partial: the ordering and paging shared by entity/list and entity/list-anchored. Binds n.
// Parameters: $orderProperty, $countOf ({type, direction, others, visible, self}: people the viewer
// may not see are not counted, nor their work: $seen, see entity/_work-seen), $descending,
// $offset, $limit, $relatedLimit (see entity/list).
WITH n,
  CASE WHEN $countOf IS NULL THEN n[$orderProperty]
    ELSE COUNT {
      MATCH (n)-[r]-(m:Entity)
      WHERE type(r) = $countOf.type
        AND ($countOf.direction = 'BOTH' OR ($countOf.direction = 'OUT') = (startNode(r) = n))
        AND any(l IN labels(m) WHERE l IN $countOf.others)
        AND ($countOf.visible IS NULL OR NOT m:Professional
          OR coalesce(m.visibility, 'PUBLIC') IN $countOf.visible OR m.id = $countOf.self)
        AND all(work IN [m] WHERE {{> entity/_work-seen}})
    }
  END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
  CASE WHEN $descending THEN sortKey END DESC,
  n.id ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
RETURN n { {{Fields}}, __label: '{{Label}}', __by: [work IN [n] | {{> entity/_by}}][0],
  __related: { {{Related}} } } AS node
