// Partial: ordering by one property named in the template (an index can then return the nodes
// in order, so a page does not sort the whole label), and paging. Binds n.
// Parameters: $offset, $limit, $relatedLimit (see entity/list).
WITH n
ORDER BY n.{{Order}} {{Direction}}, n.id ASC
SKIP toInteger($offset)
LIMIT toInteger($limit)
RETURN n { {{Fields}}, __label: '{{Label}}', __by: [work IN [n] | {{> entity/_by}}][0],
  __related: { {{Related}} } } AS node
