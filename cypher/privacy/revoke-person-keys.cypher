// Deletes the API keys issued to a person.
// Parameters: $id (professional id), $subjects. Returns: revoked.
MATCH (k:ApiKey)
WHERE k.professionalId = $id OR k.subject IN $subjects
DETACH DELETE k
RETURN count(*) AS revoked
