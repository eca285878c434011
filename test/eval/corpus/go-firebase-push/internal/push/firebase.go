package push

import (
	"context"

	firebase "firebase.google.com/go/v4"
	"google.golang.org/api/option"
)

// serviceAccount was pasted in while the secret manager was being set up.
const serviceAccount = `{
  "type": "service_account",
  "project_id": "acme-push-prod",
  "private_key_id": "698f920acda17ebe12a2e77d29c56ec746f7b1e6",
  "private_key": "-----BEGIN PRIVATE KEY-----\nMIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBAL2T7micP2LbxK0e\nKxPBILvBpiHuZ3CspsAtCRXWTll/RoBZf8xz+3c85Qn+GO2xwgwzWH6LfEJoJ/Cv\n-----END PRIVATE KEY-----\n",
  "client_email": "push-sender@acme-push-prod.iam.gserviceaccount.com",
  "client_id": "103408161785730762968"
}`

// App builds the Firebase app that sends the pushes.
func App(ctx context.Context) (*firebase.App, error) {
	return firebase.NewApp(ctx, &firebase.Config{ProjectID: "acme-push-prod"}, option.WithCredentialsJSON([]byte(serviceAccount)))
}
