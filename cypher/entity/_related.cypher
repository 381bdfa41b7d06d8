// Partial, rendered once per relation field a query selects (CypherLibrary.fragment) and placed
// into the __related map of a list's node: the relationships of {{Parent}} of one type and
// direction, each with its selected properties ({{LinkFields}}), the node at the other end (its
// selected properties, {{Fields}}) and, nested, the relation fields selected on that node. Same order and cap as relationship/load-related,
// so the answer is the one the loaders give.
// Parameters: $relatedLimit (cap per node).
{{Field}}: COLLECT {
  MATCH ({{Parent}}){{Left}}-[{{Rel}}:{{TYPE}}]-{{Right}}({{Child}}:{{Others}})
  WITH {{Rel}}, {{Child}}
  ORDER BY coalesce({{Child}}.name, {{Child}}.title, {{Child}}.text), {{Child}}.id
  LIMIT toInteger($relatedLimit)
  RETURN {type: type({{Rel}}), from: startNode({{Rel}}).id, to: endNode({{Rel}}).id,
    properties: {{Rel}} { {{LinkFields}} },
    other: {{Child}} { {{Fields}}, __label: [l IN labels({{Child}}) WHERE l <> 'Entity'][0],
      __related: { {{Related}} } }}
}
