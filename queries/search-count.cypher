// search-count: how many posts have a search document (from the label count, no scan).
// Parameters: none.
// Returns: n — one row.
MATCH (p:SearchDoc)
RETURN count(p) AS n
