package main

import (
	"encoding/csv"
	"os"

	"github.com/acme/telemetry/internal/obs"
	"github.com/rs/zerolog"
)

func main() {
	logger := obs.Setup()
	logger.Info().Msg("collector up")

	out, _ := os.Create("samples.csv")
	w := csv.NewWriter(out) // tfl-eval-not: file-logger
	defer w.Flush()

	debug := zerolog.New(os.Stderr) // tfl-eval-not: file-logger
	_ = debug
}
