package sink

import (
	"testing"

	"go.mongodb.org/mongo-driver/mongo/options"
)

func TestCredentialShape(t *testing.T) {
	c := options.Credential{Username: "test", Password: "test"} // tfl-eval-not: hardcoded-credential
	if c.Username == "" {
		t.Fatal("empty")
	}
}
