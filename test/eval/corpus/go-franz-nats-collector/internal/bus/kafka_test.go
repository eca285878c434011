package bus

import (
	"testing"

	"github.com/twmb/franz-go/pkg/sasl/plain"
)

func TestPlainMechanism(t *testing.T) {
	m := plain.Auth{User: "test", Pass: "test-secret"}.AsMechanism()
	if m.Name() != "PLAIN" {
		t.Fatalf("got %s", m.Name())
	}
}
