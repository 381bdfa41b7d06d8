// Partial of entity/_related: the label of the node at the other end, when more than one is possible.
, __label: [l IN labels({{Child}}) WHERE l <> 'Entity'][0]
