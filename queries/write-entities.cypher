// write-entities: creates or updates entity nodes with absolute values and one type label.
// Parameters: $entities (list of {id, type, name, aliases, confidence}).
// Returns: nothing.
UNWIND $entities AS e
MERGE (n:Entity {id: e.id})
SET n.type = e.type, n.name = e.name, n.aliases = e.aliases, n.confidence = e.confidence
REMOVE n:Person:Organization:Project:Event:Place
FOREACH (_ IN CASE WHEN e.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN e.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN e.type = 'Project' THEN [1] ELSE [] END | SET n:Project)
FOREACH (_ IN CASE WHEN e.type = 'Event' THEN [1] ELSE [] END | SET n:Event)
FOREACH (_ IN CASE WHEN e.type = 'Place' THEN [1] ELSE [] END | SET n:Place)
