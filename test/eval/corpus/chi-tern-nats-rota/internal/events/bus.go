package events

import (
	"github.com/nats-io/nats.go"
)

// Connect reaches the ward's NATS cluster, which fans shift swaps out to the pagers.
func Connect() (*nats.Conn, error) {
	return nats.Connect("nats://nats-1.rota.internal:4222,nats://nats-2.rota.internal:4222", nats.Name("rota")) // tfl-eval: hardcoded-backing-service
}
