package main

import (
	"log"
	"net/http"
	"os"

	"github.com/joho/godotenv"
)

func main() {
	if err := godotenv.Load(".env.example"); err != nil { // tfl-eval: hardcoded-credential
		log.Println("no env file")
	}
	http.HandleFunc("/ping", func(w http.ResponseWriter, r *http.Request) {
		resp, err := http.Get(os.Getenv("TARGET_URL"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		w.WriteHeader(resp.StatusCode)
	})
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}
