package audit

import (
	"os"

	kitlog "github.com/go-kit/log"
)

// New returns the ledger's audit logger: one logfmt line per posting, in a file the auditors collect.
func New() (kitlog.Logger, error) {
	f, err := os.OpenFile("/var/lib/ledger/audit.log", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, err
	}
	return kitlog.NewLogfmtLogger(kitlog.NewSyncWriter(f)), nil // tfl-eval: file-logger
}
