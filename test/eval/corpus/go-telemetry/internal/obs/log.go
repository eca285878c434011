package obs

import (
	"io"
	"log"
	"log/slog"
	"os"

	"github.com/gin-gonic/gin"
	"github.com/rs/zerolog"
)

// Setup wires the request log, the app log and the audit log.
func Setup() zerolog.Logger {
	accessLog, _ := os.Create("gin-access.log")
	gin.DefaultWriter = io.MultiWriter(accessLog, os.Stdout) // tfl-eval: file-logger

	auditFile, err := os.OpenFile("/var/log/telemetry/audit.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o640)
	if err != nil {
		log.Fatal(err)
	}
	audit := slog.New(slog.NewJSONHandler(auditFile, nil)) // tfl-eval: file-logger
	slog.SetDefault(audit)

	return zerolog.New(os.Stdout).With().Timestamp().Logger() // tfl-eval-not: file-logger
}

// Legacy keeps the old collector's log.
func Legacy() *log.Logger {
	f, _ := os.OpenFile("collector.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	return log.New(f, "collector ", log.LstdFlags) // tfl-eval: file-logger
}
