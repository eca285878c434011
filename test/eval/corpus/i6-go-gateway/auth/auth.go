package auth

import "os"

func Issuer() string { return os.Getenv("AUTH_ISSUER") }
