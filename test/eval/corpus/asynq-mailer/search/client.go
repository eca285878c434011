package search

import (
	"github.com/olivere/elastic/v7"
)

type Config struct {
	URL      string `yaml:"url"`
	Username string `yaml:"username"`
	Password string `yaml:"password"` // tfl-eval-not: hardcoded-credential
}

func New(cfg Config) (*elastic.Client, error) {
	return elastic.NewClient(
		elastic.SetURL(cfg.URL),
		elastic.SetBasicAuth(cfg.Username, cfg.Password),
		elastic.SetSniff(false),
	)
}

func NewArchive() (*elastic.Client, error) {
	return elastic.NewClient(
		elastic.SetURL("https://archive-search.internal:9200"), // tfl-eval: hardcoded-backing-service
		elastic.SetBasicAuth("elastic", "Pebble!2900thistle"), // tfl-eval: hardcoded-credential
	)
}
