// Stores a new API key by its hash (the key itself is shown once and never stored).
// Parameters: $id, $hash, $role, $subject, $professionalId, $alliances, $name.
// Returns: id.
CREATE (k:ApiKey {id: $id, hash: $hash, role: $role, subject: $subject, professionalId: $professionalId,
  alliances: $alliances, name: $name, createdAt: datetime()})
RETURN k.id AS id
