package logging

import (
	"os"

	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"go.uber.org/zap/zapcore"
	"gopkg.in/natefinch/lumberjack.v2"
)

// NewZap writes JSON logs to a rotated file under /var/log.
func NewZap() *zap.Logger {
	writer := zapcore.AddSync(&lumberjack.Logger{ // tfl-eval: file-logger
		Filename:   "/var/log/ingest/ingest.log",
		MaxSize:    100,
		MaxBackups: 7,
	})
	core := zapcore.NewCore(zapcore.NewJSONEncoder(zap.NewProductionEncoderConfig()), writer, zap.InfoLevel)
	return zap.New(core)
}

// NewConfigured builds a zap logger from a config that names a file sink.
func NewConfigured() (*zap.Logger, error) {
	cfg := zap.NewProductionConfig()
	cfg.OutputPaths = []string{"stdout", "/var/log/ingest/app.log"} // tfl-eval: file-logger
	cfg.ErrorOutputPaths = []string{"stderr"}                       // tfl-eval-not: file-logger
	return cfg.Build()
}

// NewLogrus sends logrus output to a file.
func NewLogrus() *logrus.Logger {
	log := logrus.New()
	file, err := os.OpenFile("ingest.log", os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o666)
	if err == nil {
		log.SetOutput(file) // tfl-eval: file-logger
	}
	return log
}

// NewStdout is the twelve-factor logger.
func NewStdout() *logrus.Logger {
	log := logrus.New()
	log.SetOutput(os.Stdout) // tfl-eval-not: file-logger
	return log
}
