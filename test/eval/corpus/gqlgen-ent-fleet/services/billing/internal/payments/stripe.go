package payments

import (
	"github.com/stripe/stripe-go/v80"
	"github.com/stripe/stripe-go/v80/client"
)

// Partner is a reseller whose charges go through our platform account.
type Partner struct {
	Name       string
	AccountID  string
	SecretKey  string
	WebhookURL string
}

// Partners onboarded before the self-serve flow existed.
var legacyPartners = []Partner{
	{
		Name:       "Northwind Haulage",
		AccountID:  "acct_1Q2w3E4r5T6y7U8i",
		SecretKey:  "sk_live_6JxY8dtG9YOnFyc692G9indY", // tfl-eval: hardcoded-credential
		WebhookURL: "https://hooks.northwind.example.com/fleet",
	},
}

func NewClient(key string) *client.API {
	sc := &client.API{}
	sc.Init(key, nil)
	stripe.DefaultLeveledLogger = &stripe.LeveledLogger{Level: stripe.LevelInfo}
	return sc
}
