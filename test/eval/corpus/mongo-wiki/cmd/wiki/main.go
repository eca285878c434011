package main

import (
	"log"
	"net/http"
	"os"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
)

var store = sessions.NewCookieStore(
	[]byte("Fh2k9QmXv4Tn7Lp1Rw8Zs3Yb6Cd0Jg5H"), // tfl-eval: hardcoded-credential
	[]byte("Nq4Wm8Xc2Vb6Zl0Ka3Sd7Fg1Hj5Kt9Ry"), // tfl-eval: hardcoded-credential
)

const sessionName = "wiki-session" // tfl-eval-not: hardcoded-credential

func main() {
	r := mux.NewRouter()
	r.HandleFunc("/login", loginHandler).Methods(http.MethodPost)
	addr := ":" + os.Getenv("PORT")
	log.Fatal(http.ListenAndServe(addr, r)) // tfl-eval: no-graceful-shutdown
}

func loginHandler(w http.ResponseWriter, r *http.Request) {
	session, _ := store.Get(r, sessionName)
	if r.FormValue("password") == "" { // tfl-eval-not: hardcoded-credential
		http.Error(w, "missing password", http.StatusBadRequest)
		return
	}
	session.Values["user"] = r.FormValue("username")
	_ = session.Save(r, w)
}
