package main

import (
	"database/sql"
	"log"
	"net/http"
	"os"

	"github.com/google/uuid"
	_ "github.com/lib/pq"
)

var db *sql.DB

// Signed-in visitors by their cookie's token: this process's memory only.
var sessions = map[string]string{} // tfl-eval: memory-session-store

// Account kinds for the sign-up form, read from one table: the same for every visitor.
var accountKinds = map[int]string{} // tfl-eval-not: memory-session-store

func login(w http.ResponseWriter, r *http.Request) {
	token := uuid.NewString()
	sessions[token] = r.FormValue("username")
	http.SetCookie(w, &http.Cookie{Name: "tok", Value: token})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func kinds(w http.ResponseWriter, r *http.Request) {
	rows, err := db.Query("SELECT id, name FROM account_kinds ORDER BY name")
	if err != nil {
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		var name string
		if err := rows.Scan(&id, &name); err == nil {
			accountKinds[id] = name
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	var err error
	db, err = sql.Open("postgres", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	http.HandleFunc("/login", login)
	http.HandleFunc("/kinds", kinds)
	log.Fatal(http.ListenAndServe(":"+os.Getenv("PORT"), nil)) // tfl-eval: no-graceful-shutdown
}
