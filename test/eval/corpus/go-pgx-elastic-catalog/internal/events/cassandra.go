package events

import "github.com/gocql/gocql"

// Session writes the price-change events.
func Session() (*gocql.Session, error) {
	cluster := gocql.NewCluster("cass-1.internal", "cass-2.internal")
	cluster.Keyspace = "catalog_events"
	cluster.Authenticator = gocql.PasswordAuthenticator{
		Username: "catalog",
		Password: "*@RJ5e*3eD+%@q2G*g", // tfl-eval: hardcoded-credential
	}
	cluster.Consistency = gocql.LocalQuorum
	return cluster.CreateSession()
}
