// Partial of entity/_related: both ends of a relationship, for relations read in both directions.
from: startNode({{Rel}}).id, to: endNode({{Rel}}).id,
