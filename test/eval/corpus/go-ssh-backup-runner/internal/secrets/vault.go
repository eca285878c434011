package secrets

import (
	vault "github.com/hashicorp/vault/api"
)

// Client reads the backup encryption passphrase from Vault.
func Client() (*vault.Client, error) {
	cfg := vault.DefaultConfig()
	cfg.Address = "https://vault.example.org:8200"
	client, err := vault.NewClient(cfg)
	if err != nil {
		return nil, err
	}
	client.SetToken("hvs.CAESIJx7Qm2LpV9Rt4Wz8Kn3Bc6Yd1Fh5Gs0Ay2Tu7Ei9Op") // tfl-eval: hardcoded-credential
	return client, nil
}

// Passphrase is the restic repository password, kept in Vault.
func Passphrase(c *vault.Client) (string, error) {
	s, err := c.KVv2("backup").Get(nil, "restic")
	if err != nil {
		return "", err
	}
	return s.Data["password"].(string), nil // tfl-eval-not: hardcoded-credential
}
