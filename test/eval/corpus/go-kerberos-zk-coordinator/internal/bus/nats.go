package bus

import (
	"os"

	"github.com/nats-io/nats.go"
)

// Connect joins the event bus as the coordinator user.
func Connect() (*nats.Conn, error) {
	return nats.Connect("nats://nats.internal:4222", nats.UserInfo("coordinator", "bjgHvOZdeH8Y7m6C34Pf7uVW")) // tfl-eval: hardcoded-credential, hardcoded-backing-service
}

// ConnectFromEnv is the audited path.
func ConnectFromEnv() (*nats.Conn, error) {
	return nats.Connect(os.Getenv("NATS_URL"), nats.UserInfo(os.Getenv("NATS_USER"), os.Getenv("NATS_PASSWORD"))) // tfl-eval-not: hardcoded-credential
}
