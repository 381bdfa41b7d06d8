// A page of the audit trail, newest first, optionally for one actor, target or action.
// Parameters: $actor, $targetId, $action (each null for any), $offset, $limit.
// Returns: entry.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor = $actor)
  AND ($targetId IS NULL OR a.targetId = $targetId)
  AND ($action IS NULL OR a.action = $action)
RETURN a {.*} AS entry
ORDER BY a.at DESC, a.id
SKIP toInteger($offset)
LIMIT toInteger($limit)
