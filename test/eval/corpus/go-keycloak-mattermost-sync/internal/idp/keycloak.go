package idp

import (
	"context"
	"os"

	"github.com/Nerzal/gocloak/v13"
)

const realm = "teamops"

// AdminToken logs in to the master realm to manage users.
func AdminToken(ctx context.Context, kc *gocloak.GoCloak) (*gocloak.JWT, error) {
	return kc.LoginAdmin(ctx, "sync-admin", "l0wuuU1XiV8TZkXO%8", "master") // tfl-eval: hardcoded-credential
}

// ServiceToken uses the sync client's credentials grant.
func ServiceToken(ctx context.Context, kc *gocloak.GoCloak) (*gocloak.JWT, error) {
	return kc.LoginClient(ctx, "team-sync", "LczbADVh5GsRigkR3duaU6gakBZiXuVi", realm) // tfl-eval: hardcoded-credential
}

// ReadOnlyToken is the audited path: the secret comes from the environment.
func ReadOnlyToken(ctx context.Context, kc *gocloak.GoCloak) (*gocloak.JWT, error) {
	return kc.LoginClient(ctx, "team-sync-ro", os.Getenv("KEYCLOAK_RO_SECRET"), realm) // tfl-eval-not: hardcoded-credential
}
