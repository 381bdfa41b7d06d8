// Erasure finds what a person created or changed by these properties.
CREATE INDEX entity_created_by IF NOT EXISTS FOR (n:Entity) ON (n.createdBy);
CREATE INDEX entity_updated_by IF NOT EXISTS FOR (n:Entity) ON (n.updatedBy);
CREATE INDEX api_key_professional IF NOT EXISTS FOR (k:ApiKey) ON (k.professionalId);
