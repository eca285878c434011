package main

import (
	"log"
	"net/http"

	"github.com/acme/alertmanager-relay/internal/sink"
)

func main() {
	sinks := []sink.Sink{
		sink.NewTelegram("591400242:AADJyXJcmGAwUMd8FxY6lYj9SqcZwJnKGqC", -1001873452210), // tfl-eval: hardcoded-credential
		sink.NewSMTP("smtp.office365.com:587", "alerts@acme-ops.example", "Al3rts!o365-relay"), // tfl-eval: hardcoded-credential
		sink.NewOpsgenie("83cc7f1b-fa23-4625-9b94-7c669b281827"), // tfl-eval: hardcoded-credential
	}
	http.Handle("/alert", sink.Handler(sinks))
	http.HandleFunc("/-/healthy", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
	log.Fatal(http.ListenAndServe(":9097", nil)) // tfl-eval: no-graceful-shutdown, hardcoded-port
}
