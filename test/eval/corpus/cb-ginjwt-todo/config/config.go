package config

import "os"

const (
	JWTKey      = "jwt key" // tfl-eval: hardcoded-credential
	IdentityKey = "username" // tfl-eval-not: hardcoded-credential
	RealmName   = "todo zone"
)

// RefreshKey comes from the deploy.
var RefreshKey = os.Getenv("JWT_REFRESH_KEY")
