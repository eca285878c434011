package payments

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/stripe/stripe-go/v76"
	"github.com/twilio/twilio-go"
)

func Init() {
	stripe.Key = "sk_live_oVO4z38sjOngJP8e7h5BnuQs" // tfl-eval: hardcoded-credential
}

func Queue(ctx context.Context) (*sqs.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-west-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIA3TIJEHGWAVITGXAV", "2/Q3VRbYUolQkP6xYh5rgz7TfclsiXFocMI3SIfX", "")), // tfl-eval: hardcoded-credential
	)
	if err != nil {
		return nil, err
	}
	return sqs.NewFromConfig(cfg), nil
}

func SMS() *twilio.RestClient {
	return twilio.NewRestClientWithParams(twilio.ClientParams{
		Username: "ACb382db89bbdfea897fc083a338699f0e",
		Password: "eaf7f1b3da8f27e888409312aaa92505", // tfl-eval: hardcoded-credential
	})
}

const webhookSecretEnv = "STRIPE_WEBHOOK_SECRET" // tfl-eval-not: hardcoded-credential
