// write-relations: links already written nodes; one relationship per (type, from, to, post).
// Parameters: $rels (list of {type, from, to, post, sentence, title, names}).
// Returns: nothing.
UNWIND $rels AS r
OPTIONAL MATCH (pa:Post {id: r.from})
OPTIONAL MATCH (ea:Entity {id: r.from})
OPTIONAL MATCH (pb:Post {id: r.to})
OPTIONAL MATCH (eb:Entity {id: r.to})
WITH r, coalesce(pa, ea) AS a, coalesce(pb, eb) AS b
WHERE a IS NOT NULL AND b IS NOT NULL
FOREACH (_ IN CASE WHEN r.type = 'TALKED_ABOUT' THEN [1] ELSE [] END |
  MERGE (a)-[x:TALKED_ABOUT {post: r.post}]->(b) SET x.sentence = r.sentence, x.title = r.title)
FOREACH (_ IN CASE WHEN r.type = 'SPOKE_AT' THEN [1] ELSE [] END |
  MERGE (a)-[x:SPOKE_AT {post: r.post}]->(b) SET x.sentence = r.sentence, x.title = r.title)
FOREACH (_ IN CASE WHEN r.type = 'AFFILIATED_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[x:AFFILIATED_WITH {post: r.post}]->(b) SET x.sentence = r.sentence, x.title = r.title)
FOREACH (_ IN CASE WHEN r.type = 'MENTIONS' THEN [1] ELSE [] END |
  MERGE (a)-[x:MENTIONS {post: r.post}]->(b) SET x.sentence = r.sentence, x.title = r.title, x.names = r.names)
FOREACH (_ IN CASE WHEN r.type = 'COVERS' THEN [1] ELSE [] END |
  MERGE (a)-[x:COVERS {post: r.post}]->(b) SET x.sentence = r.sentence, x.title = r.title, x.names = r.names)
FOREACH (_ IN CASE WHEN r.type = 'WROTE' THEN [1] ELSE [] END |
  MERGE (a)-[x:WROTE {post: r.post}]->(b) SET x.sentence = r.sentence, x.title = r.title)
