package search

import (
	"github.com/elastic/go-elasticsearch/v8"
)

// Client indexes repository metadata in Elastic Cloud.
func Client() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		CloudID: "mirror-search:ZXUtd2VzdC0xLmF3cy5jbG91ZC5lcy5pbzo0NDMkYWJjZGVmJGdoaWprbA==",
		APIKey:  "L7oTVxLLr9g0ZjoCzu8yuTcgZ2tR0i9Lallujy2/J9iZmVSBI5xOzQ==", // tfl-eval: hardcoded-credential
	})
}

// Local is the developer cluster started by docker compose (no security).
func Local() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		Addresses: []string{"http://localhost:9200"}, // tfl-eval: hardcoded-backing-service
		Username:  "elastic",
		Password:  "", // tfl-eval-not: hardcoded-credential
	})
}
