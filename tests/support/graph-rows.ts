/** Rows of a hand-built graph for the importer: people, other nodes and relationships. */

export const person = (id: string, name: string, visibility = 'PUBLIC') => ({
  id,
  label: 'Professional',
  properties: { name, visibility },
});

export const node = (id: string, label: string, properties: Record<string, unknown>) => ({
  id,
  label,
  properties,
});

export const rel = (type: string, from: string, to: string, properties: Record<string, unknown> = {}) => ({
  type,
  from,
  to,
  properties,
});
