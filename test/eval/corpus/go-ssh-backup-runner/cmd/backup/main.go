package main

import (
	"log"
	"net/http"
	"os"

	"git.example.org/ops/backup-runner/internal/remote"
)

func main() {
	for _, host := range []string{"files-1.example.org", "files-2.example.org"} {
		if _, err := remote.Dial(host); err != nil {
			log.Printf("backup %s: %v", host, err)
		}
	}
	req, _ := http.NewRequest(http.MethodPost, "https://status.example.org/api/heartbeat/backup", nil)
	req.SetBasicAuth("heartbeat", "Wq2Er7Ty4Ui9Op3L") // tfl-eval: hardcoded-credential
	if _, err := http.DefaultClient.Do(req); err != nil {
		log.Printf("heartbeat: %v", err)
	}
	os.Exit(0)
}
