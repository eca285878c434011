package provider

import (
	"os"

	"github.com/cloudflare/cloudflare-go"
)

func Cloudflare() (*cloudflare.API, error) {
	return cloudflare.NewWithAPIToken("jlPSa60dZ5d8LqyIuDixhdFZmwi6HFvV05sf40xd") // tfl-eval: hardcoded-credential
}

func CloudflareLegacy() (*cloudflare.API, error) {
	return cloudflare.New("85734243ca90b36d5b8d6d5dc53eebf2188d", "dns-admin@acme.io") // tfl-eval: hardcoded-credential
}

func CloudflareFromEnv() (*cloudflare.API, error) {
	return cloudflare.NewWithAPIToken(os.Getenv("CF_API_TOKEN")) // tfl-eval-not: hardcoded-credential
}
