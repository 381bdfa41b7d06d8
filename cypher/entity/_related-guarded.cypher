// Partial of entity/related-of, once per relation field of the label: the field's links when
// $want names it (a CASE around a COLLECT subquery is evaluated lazily: a field not wanted costs
// nothing), null otherwise. Each link has its ends, its properties, and the node at the other end
// with its label and either all its properties ($want.Field.whole) or its id, visibility (who may
// see a person) and the values of the named properties in $want.Field.props, in their order.
// Same order and cap as entity/_related and relationship/load-related.
{{Field}}: CASE WHEN $want.{{Field}} IS NULL THEN null ELSE COLLECT {
  MATCH (n){{Left}}-[r:{{TYPE}}]-{{Right}}(m:{{Others}})
  WITH r, m
  ORDER BY coalesce(m.name, m.title, m.text), m.id
  LIMIT toInteger($relatedLimit)
  RETURN {
    from: startNode(r).id, to: endNode(r).id, properties: r { .* },
    other: CASE WHEN $want.{{Field}}.whole
      THEN m { .*, __label: [l IN labels(m) WHERE l <> 'Entity'][0], __by: [work IN [m] | {{> entity/_by}}][0] }
      ELSE m { .id, .visibility, __label: [l IN labels(m) WHERE l <> 'Entity'][0],
        __by: [work IN [m] | {{> entity/_by}}][0], __values: [k IN $want.{{Field}}.props | m[k]] }
    END
  }
} END
