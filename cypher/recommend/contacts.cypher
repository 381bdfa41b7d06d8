// Whom to ask about practices: their visible contributors, leads first.
// Parameters: $ids (practice ids), $visible.
// Returns: practice, contacts (list of professional nodes; createdAt and updatedAt as epoch
// milliseconds: see withInstants).
UNWIND $ids AS id
MATCH (pr:Practice {id: id})
RETURN id AS practice, COLLECT {
  MATCH (pro:Professional)-[c:CONTRIBUTES_TO]->(pr)
  WHERE coalesce(pro.visibility, 'PUBLIC') IN $visible
  RETURN pro {.*, __label: 'Professional', createdAt: pro.createdAt.epochMillis, updatedAt: pro.updatedAt.epochMillis}
  ORDER BY CASE c.role WHEN 'LEAD' THEN 0 WHEN 'CONTRIBUTOR' THEN 1 ELSE 2 END, pro.name
  LIMIT 5
} AS contacts
