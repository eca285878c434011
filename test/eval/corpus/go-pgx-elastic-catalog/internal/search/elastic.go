package search

import (
	"os"

	"github.com/elastic/go-elasticsearch/v8"
)

// New connects to the managed cluster that indexes the catalogue.
func New() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		Addresses: []string{"https://catalog.es.eu-west-1.aws.found.io:443"}, // tfl-eval: hardcoded-backing-service
		APIKey:  "kisU65238SW4Pd2O7JeCKA8YDjNVDUYDdB+nc8rk/0lWpkxEpqtaPg==", // tfl-eval: hardcoded-credential
	})
}

// NewLocal is the docker-compose cluster for development.
func NewLocal() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		Addresses: []string{os.Getenv("ELASTIC_URL")},
		Username:  "elastic",
		Password:  os.Getenv("ELASTIC_PASSWORD"), // tfl-eval-not: hardcoded-credential
	})
}
