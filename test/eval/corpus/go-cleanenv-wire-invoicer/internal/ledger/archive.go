package ledger

import "os"

type ArchiveConfig struct {
	Bucket    string
	AccessKey string
	SecretKey string
}

type Archive struct{ cfg ArchiveConfig }

func NewArchive(cfg ArchiveConfig) *Archive {
	if cfg.SecretKey == "" {
		cfg.SecretKey = os.Getenv("ARCHIVE_SECRET_KEY") // tfl-eval-not: hardcoded-credential
	}
	return &Archive{cfg: cfg}
}
