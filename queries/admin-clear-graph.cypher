// admin-clear-graph: deletes every Post and entity node talkgraph wrote (a full rebuild, tests).
// Parameters: none.
// Returns: nothing.
MATCH (n)
WHERE n:Post OR n:Entity
DETACH DELETE n
