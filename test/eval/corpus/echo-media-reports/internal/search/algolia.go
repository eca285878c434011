package search

import "github.com/algolia/algoliasearch-client-go/v3/algolia/search"

// Index returns the reports index with the admin key, used for reindexing.
func Index() *search.Index {
	client := search.NewClient("K7PX2QJ9MV", "d4f6a8c1e3b5d7f9a2c4e6b8d0f1a3c5") // tfl-eval: hardcoded-credential
	return client.InitIndex("reports")
}
