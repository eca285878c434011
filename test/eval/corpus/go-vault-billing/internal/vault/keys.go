package vault

import (
	"context"

	vaultapi "github.com/hashicorp/vault/api"
)

const (
	mountPath  = "secret"
	secretPath = "billing-svc"

	// Field names inside the billing-svc KV secret.
	KeyPostgresPass = "postgres_password"
	KeyRedisPass    = "redis_password"
	KeyJwtSecret    = "jwt_secret" // tfl-eval-not: hardcoded-credential
	KeyStripeSecret = "stripe_secret_key" // tfl-eval-not: hardcoded-credential
	FieldApiToken   = "api_token" // tfl-eval-not: hardcoded-credential
)

type Secrets map[string]string

func Load(ctx context.Context, c *vaultapi.Client) (Secrets, error) {
	s, err := c.KVv2(mountPath).Get(ctx, secretPath)
	if err != nil {
		return nil, err
	}
	out := Secrets{}
	for _, k := range []string{KeyPostgresPass, KeyRedisPass, KeyJwtSecret, KeyStripeSecret, FieldApiToken} {
		if v, ok := s.Data[k].(string); ok {
			out[k] = v
		}
	}
	return out, nil
}

func JWT(s Secrets) string { return s[KeyJwtSecret] }
