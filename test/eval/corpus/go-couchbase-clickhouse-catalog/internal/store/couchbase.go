package store

import (
	"time"

	"github.com/couchbase/gocb/v2"
)

// OpenCatalog connects to the product bucket on the Capella cluster.
func OpenCatalog() (*gocb.Bucket, error) {
	cluster, err := gocb.Connect("couchbases://cb.catalog.internal", gocb.ClusterOptions{
		Authenticator: gocb.PasswordAuthenticator{
			Username: "catalog-svc",
			Password: "Tj702gzUZIZrGckg#4", // tfl-eval: hardcoded-credential
		},
		TimeoutsConfig: gocb.TimeoutsConfig{KVTimeout: 3 * time.Second},
	})
	if err != nil {
		return nil, err
	}
	return cluster.Bucket("products"), nil
}
