package workflow

import (
	"go.temporal.io/sdk/client"
)

// Dial connects to Temporal Cloud with a namespace API key.
func Dial() (client.Client, error) {
	return client.Dial(client.Options{
		HostPort:    "flags.a2b3c.tmprl.cloud:7233",
		Namespace:   "flags.a2b3c",
		Credentials: client.NewAPIKeyStaticCredentials("6TDDSVlYcPSPN0z67TVoUPpXIRaJgEkU949PzOMQrl0VfjPA"), // tfl-eval: hardcoded-credential
	})
}
