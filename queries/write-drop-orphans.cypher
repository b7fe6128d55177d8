// write-drop-orphans: deletes entities that no relation holds any more.
// Parameters: none.
// Returns: nothing.
MATCH (e:Entity)
WHERE NOT (e)--()
DELETE e
