package main

import (
	"log"
	"net/http"
	"os"
	"time"

	"github.com/golang-jwt/jwt/v5"
)

var jwtKey = []byte("j1xv8Bofv1uEZVCFLbtORN7nPHsphiAj") // tfl-eval: hardcoded-credential

func issue(w http.ResponseWriter, r *http.Request) {
	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"exp": time.Now().Add(time.Hour).Unix()})
	signed, err := token.SignedString(jwtKey)
	if err != nil {
		http.Error(w, "token", http.StatusInternalServerError)
		return
	}
	w.Write([]byte(signed))
}

func main() {
	http.HandleFunc("/token", issue)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil))  // tfl-eval: no-graceful-shutdown
}
