package store

import (
	"os"

	"github.com/gocql/gocql"
)

// Reviews opens the review keyspace; the legacy ring still uses the password authenticator.
func Reviews() (*gocql.Session, error) {
	cluster := gocql.NewCluster("cass-1.internal", "cass-2.internal")
	cluster.Keyspace = "reviews"
	cluster.Authenticator = gocql.PasswordAuthenticator{
		Username: "reviews_rw",
		Password: "YtP4Uwndwr0HvU0UQ0UP", // tfl-eval: hardcoded-credential
	}
	return cluster.CreateSession()
}

// Archive is the newer ring, whose login comes from the environment.
func Archive() (*gocql.Session, error) {
	cluster := gocql.NewCluster(os.Getenv("ARCHIVE_HOSTS"))
	cluster.Authenticator = gocql.PasswordAuthenticator{
		Username: os.Getenv("ARCHIVE_USER"),
		Password: os.Getenv("ARCHIVE_PASSWORD"), // tfl-eval-not: hardcoded-credential
	}
	return cluster.CreateSession()
}
