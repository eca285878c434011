package billing

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/client"
)

type Credentials struct {
	APIKey    string
	APISecret string
}

var sandbox = Credentials{
	APIKey:    "pk_test_51QGYgcCF19Bsjvk7zlpee9MO5EL3bi4UQeR8Vs9nJRH3O7P3Q",
	APISecret: "sk_test_51pQbWlU1MCTfNleVtWC78NG0pNOdvACwQ8kovNWImhNzSz3DE", // tfl-eval: hardcoded-credential
}

func NewClient() *client.API {
	stripe.Key = sandbox.APISecret
	return client.New(sandbox.APISecret, nil)
}
