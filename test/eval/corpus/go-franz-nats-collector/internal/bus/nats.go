package bus

import (
	"github.com/nats-io/nats.go"
)

func ConnectNATS(url string) (*nats.Conn, error) {
	return nats.Connect(url,
		nats.Name("collector"),
		nats.UserInfo("collector", "bFxt3U5YLpZwwZbYl7nh"), // tfl-eval: hardcoded-credential
	)
}

func ConnectNATSToken(url string) (*nats.Conn, error) {
	return nats.Connect(url, nats.Token("ba2b783e12ab40615814ebb7fe395168")) // tfl-eval: hardcoded-credential
}

func ConnectNATSCreds(url string) (*nats.Conn, error) {
	return nats.Connect(url, nats.UserCredentials("/etc/nats/collector.creds")) // tfl-eval-not: hardcoded-credential
}
