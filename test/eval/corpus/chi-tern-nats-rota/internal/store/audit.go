package store

import (
	"os"

	"github.com/rs/zerolog"
)

// NewAuditLog writes the shift-swap audit trail to its own file for the compliance export.
func NewAuditLog() (zerolog.Logger, error) {
	f, err := os.OpenFile("/var/log/rota/audit.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o640)
	if err != nil {
		return zerolog.Nop(), err
	}
	return zerolog.New(f).With().Timestamp().Logger(), nil // tfl-eval: file-logger
}
