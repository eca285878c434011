package flags

import (
	"time"

	ld "github.com/launchdarkly/go-server-sdk/v7"
)

// Client evaluates feature flags server-side.
func Client() (*ld.LDClient, error) {
	return ld.MakeClient("sdk-fbb40e2d-c300-41e6-b5a9-d81518d3be5d", 5*time.Second) // tfl-eval: hardcoded-credential
}
