// Appends an entry to the audit trail, in the same transaction as the write it describes.
// Parameters: $actor (subject or null), $role, $action, $targetId, $label, $detail (string or null).
// Returns: id.
CREATE (a:AuditEntry {id: randomUUID(), at: datetime(), actor: $actor, role: $role, action: $action,
  targetId: $targetId, label: $label, detail: $detail})
RETURN a.id AS id
