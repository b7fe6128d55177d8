// affiliations-of: where a person works ("where does Konrad Wilk work"), with evidence.
// Parameters: $id (person id).
// Returns: id, name, type (the organization), post, sentence, title — ordered by name, id, post, sentence.
MATCH (:Entity {id: $id})-[r:AFFILIATED_WITH]->(o:Entity)
RETURN o.id AS id, o.name AS name, o.type AS type, r.post AS post, r.sentence AS sentence, r.title AS title
ORDER BY name, id, post, sentence
