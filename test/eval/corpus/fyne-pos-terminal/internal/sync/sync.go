package sync

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

type Config struct {
	Endpoint string
	DeviceID string
	Secret   string // tfl-eval-not: hardcoded-credential
}

type Syncer struct{ cfg Config }

func New(cfg Config) *Syncer { return &Syncer{cfg: cfg} }

func (s *Syncer) sign(body []byte) string {
	mac := hmac.New(sha256.New, []byte(s.cfg.Secret))
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil))
}

func (s *Syncer) Run() string { return "synced" }
