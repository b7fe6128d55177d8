// count-relations: how many relationships of each type the graph holds.
// Parameters: none.
// Returns: type, count.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS count
