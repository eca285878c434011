package handler

import (
	"context"

	firebase "firebase.google.com/go/v4"
	"google.golang.org/api/option"
	"github.com/sideshow/apns2/token"
)

var serviceAccount = []byte(`{
  "type": "service_account",
  "project_id": "notifier-prod",
  "private_key_id": "66d65154e4d9c18fa87728af0594ed6ff1eddba4",
  "client_email": "notifier@notifier-prod.iam.gserviceaccount.com"
}`)

func NewFirebase(ctx context.Context) (*firebase.App, error) {
	return firebase.NewApp(ctx, nil, option.WithCredentialsJSON(serviceAccount))
}

func NewAPNs() *token.Token {
	return &token.Token{
		KeyID:  "Pz5I0YiW5I",
		TeamID: "5ohm07WQAY",
		AuthKey: nil,
	}
}

const expoAccessToken = "NFcM7H1Nce77OqcOlv157eKS2SikXtSeGwwRyqUC" // tfl-eval: hardcoded-credential
