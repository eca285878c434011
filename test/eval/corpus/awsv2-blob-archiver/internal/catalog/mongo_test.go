package catalog

import (
	"testing"

	"go.mongodb.org/mongo-driver/mongo/options"
)

func TestCredentialDefaults(t *testing.T) {
	c := options.Credential{Username: "archiver", Password: "secret"} // tfl-eval-not: hardcoded-credential
	if c.AuthSource != "" {
		t.Fatal("auth source should default to empty")
	}
}
