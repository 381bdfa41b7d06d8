// Partial of entity/_related: the selected properties of a relationship.
properties: {{Rel}} { {{LinkFields}} },
