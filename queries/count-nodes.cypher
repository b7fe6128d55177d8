// count-nodes: how many posts and entities of each type the graph holds.
// Parameters: none.
// Returns: label ("Post" or an entity type), count.
MATCH (n)
WHERE n:Post OR n:Entity
RETURN CASE WHEN n:Post THEN 'Post' ELSE n.type END AS label, count(*) AS count
