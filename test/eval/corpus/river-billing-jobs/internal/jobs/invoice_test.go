package jobs

import (
	"testing"

	"github.com/stripe/stripe-go/v79"
)

func TestMain(m *testing.M) {
	stripe.Key = "sk_test_placeholder" // tfl-eval-not: hardcoded-credential
	m.Run()
}