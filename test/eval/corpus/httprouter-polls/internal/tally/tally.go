package tally

import (
	"database/sql"
	"sync"
)

// Rendered result pages, rebuilt from the database when missing.
var pageCache sync.Map

// Choice labels by poll, filled once at start.
var choicesByPoll = map[int][]string{
	1: {"Keep the library open late", "Open on Sundays"},
	2: {"More bike lanes", "More buses"},
}

func Choices(poll int) []string {
	return choicesByPoll[poll]
}

func Count(db *sql.DB, poll int) (map[int]int, error) {
	if cached, ok := pageCache.Load(poll); ok {
		return cached.(map[int]int), nil
	}
	rows, err := db.Query("SELECT choice, count(*) FROM votes WHERE poll_id = $1 GROUP BY choice", poll)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	counts := map[int]int{}
	for rows.Next() {
		var choice, n int
		if err := rows.Scan(&choice, &n); err != nil {
			return nil, err
		}
		counts[choice] = n
	}
	pageCache.Store(poll, counts)
	return counts, nil
}
