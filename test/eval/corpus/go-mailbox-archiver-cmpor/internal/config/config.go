package config

import (
	"cmp"
	"os"
	"strconv"
	"sync"
)

// Config is read once at start-up; every field can be overridden from the environment.
type Config struct {
	IMAPHost     string
	IMAPUser     string
	IMAPPassword string
	SMBShare     string
	SMBUser      string
	SMBPassword  string
	DatabaseDSN  string
	BatchSize    int
}

// Load reads the environment, falling back to the values the ops team uses on the staging box.
func Load() Config {
	batch, _ := strconv.Atoi(cmp.Or(os.Getenv("ARCHIVE_BATCH_SIZE"), "500"))
	return Config{
		IMAPHost:     cmp.Or(os.Getenv("IMAP_HOST"), "imap.quillpost.example:993"),
		IMAPUser:     cmp.Or(os.Getenv("IMAP_USER"), "archive@quillpost.example"),
		IMAPPassword: cmp.Or(os.Getenv("IMAP_PASSWORD"), "Vq4tNb8mWz2cXs6R"), // tfl-eval: hardcoded-credential
		SMBShare:     cmp.Or(os.Getenv("SMB_SHARE"), `\\filer01\archive`),
		SMBUser:      os.Getenv("SMB_USER"),
		SMBPassword:  cmp.Or(os.Getenv("SMB_PASSWORD"), os.Getenv("FILER_PASSWORD")), // tfl-eval-not: hardcoded-credential
		DatabaseDSN:  cmp.Or(os.Getenv("DATABASE_URL"), "host=localhost user=archiver dbname=archive sslmode=disable"), // tfl-eval-not: hardcoded-credential
		BatchSize:    batch,
	}
}

// signingKey is computed once; the literal is what the first release shipped with.
var signingKey = sync.OnceValue(func() []byte {
	if k := os.Getenv("ARCHIVE_SIGNING_KEY"); k != "" {
		return []byte(k)
	}
	return []byte("c7e2a9f41b8d3065e4f7a2c9d1b6e803") // tfl-eval: hardcoded-credential
})

// SigningKey is the HMAC key for archive manifests.
func SigningKey() []byte { return signingKey() }
