package main

import (
	"log"

	"github.com/stripe/stripe-go/v76"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"

	"github.com/ledgerly/payouts/workflows"
)

func main() {
	stripe.Key = "sk_live_pECwzJs42N9Sa2YSSCCrJPjmxjMSx7Qa" // tfl-eval: hardcoded-credential

	c, err := client.Dial(client.Options{
		HostPort:    "payouts.a1b2c.tmprl.cloud:7233",
		Namespace:   "payouts.a1b2c",
		Credentials: client.NewAPIKeyStaticCredentials("eyJhbGciOiJFUzI1NiIsImtpZCI6Ilc3djRFZyJ9.eyJhY2NvdW50X2lkIjoiYTFiMmMiLCJrZXlfaWQiOiJ0azEyMyJ9.c2lnbmF0dXJlLWJ5dGVzLWhlcmUtcmFuZG9tLXg5cTI"), // tfl-eval: hardcoded-credential
	})
	if err != nil {
		log.Fatalln("unable to create Temporal client", err)
	}
	defer c.Close()

	w := worker.New(c, "payouts", worker.Options{})
	w.RegisterWorkflow(workflows.Payout)
	if err := w.Run(worker.InterruptCh()); err != nil {
		log.Fatalln(err)
	}
}
