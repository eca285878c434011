package push

import (
	"context"

	firebase "firebase.google.com/go/v4"
	"google.golang.org/api/option"
)

const serviceAccount = `{
  "type": "service_account",
  "project_id": "payments-push-4f2a1",
  "private_key_id": "3bf3453b48e00b00d058841a23b36acc7175aa5b",
  "client_email": "push@payments-push-4f2a1.iam.gserviceaccount.com"
}`

func NewApp(ctx context.Context) (*firebase.App, error) {
	return firebase.NewApp(ctx, nil, option.WithCredentialsJSON([]byte(serviceAccount)))
}

func NewMapsClient() option.ClientOption {
	return option.WithAPIKey("AIzaiyBUeg3lMjFy4sGdIIuodOGbabcdefghijk") // tfl-eval: hardcoded-credential
}
