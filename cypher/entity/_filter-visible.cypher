// Partial of entity/_filter: only the people the viewer may see ($visible: {allowed, self}). Binds n.
// Written as one CASE: an OR on n.id would be planned as a union of index reads, which loses the
// index order a page ordered by a property is read in.
AND CASE WHEN n.id = $visible.self THEN true ELSE coalesce(n.visibility, 'PUBLIC') IN $visible.allowed END
