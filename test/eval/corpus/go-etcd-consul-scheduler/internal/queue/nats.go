package queue

import (
	"os"

	"github.com/nats-io/nats.go"
)

// Connect opens the job queue connection.
func Connect() (*nats.Conn, error) {
	url := os.Getenv("NATS_URL")
	if url == "" {
		url = nats.DefaultURL // tfl-eval-not: hardcoded-credential
	}
	return nats.Connect(url,
		nats.Name("scheduler"),
		nats.UserInfo("scheduler", "nsNc2zwbXMqcB##aKr"), // tfl-eval: hardcoded-credential
	)
}

// ConnectLeaf joins the leaf node with a user-JWT creds file from the environment.
func ConnectLeaf() (*nats.Conn, error) {
	return nats.Connect(os.Getenv("NATS_LEAF_URL"), nats.UserCredentials(os.Getenv("NATS_CREDS_FILE"))) // tfl-eval-not: hardcoded-credential
}
