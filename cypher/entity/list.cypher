// @template Label
// One page of nodes of a label, filtered and ordered.
// Parameters: see entity/_filter; $orderProperty (property name or null), $countOf (null or
// {type, direction, others}: order by the number of such relationships), $descending (boolean),
// $offset, $limit.
// Returns: node (properties plus __label), in order; ties broken by id.
MATCH (n:{{Label}})
{{> entity/_filter}}
WITH n,
  CASE WHEN $countOf IS NULL THEN n[$orderProperty]
    ELSE COUNT {
      MATCH (n)-[r]-(m:Entity)
      WHERE type(r) = $countOf.type
        AND ($countOf.direction = 'BOTH' OR ($countOf.direction = 'OUT') = (startNode(r) = n))
        AND any(l IN labels(m) WHERE l IN $countOf.others)
    }
  END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
  CASE WHEN $descending THEN sortKey END DESC,
  n.id ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
RETURN n {.*, __label: '{{Label}}'} AS node
