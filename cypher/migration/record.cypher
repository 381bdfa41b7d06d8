// Records an applied migration.
// Parameters: $name, $checksum. Returns: name.
MERGE (m:Migration {name: $name})
ON CREATE SET m.appliedAt = datetime()
SET m.checksum = $checksum
RETURN m.name AS name
