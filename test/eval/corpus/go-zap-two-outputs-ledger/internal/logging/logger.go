package logging

import "go.uber.org/zap"

// New builds the ledger's production logger.
func New() (*zap.Logger, error) {
	cfg := zap.NewProductionConfig()
	cfg.OutputPaths = []string{
		"/var/log/ledger/ledger.log", // tfl-eval: file-logger
		"/var/log/ledger/audit.log",  // tfl-eval-not: file-logger (a related location of the finding above: one logger, one finding)
	}
	cfg.ErrorOutputPaths = []string{"stderr"}
	return cfg.Build()
}
