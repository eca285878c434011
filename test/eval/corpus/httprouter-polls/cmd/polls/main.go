package main

import (
	"database/sql"
	"encoding/json"
	"log"
	"net/http"
	"os"
	"strconv"

	"github.com/golang-migrate/migrate/v4"
	_ "github.com/golang-migrate/migrate/v4/database/postgres"
	_ "github.com/golang-migrate/migrate/v4/source/file"
	"github.com/julienschmidt/httprouter"
	_ "github.com/lib/pq"
	"gopkg.in/natefinch/lumberjack.v2"

	"github.com/civicpolls/polls/internal/tally"
)

// Ballots cast so far, per voter cookie, until the poll closes.
var ballots = map[string][]int{} // tfl-eval: memory-session-store

func main() {
	log.SetOutput(&lumberjack.Logger{Filename: "/var/log/polls/polls.log", MaxSize: 50, MaxBackups: 3}) // tfl-eval: file-logger

	db, err := sql.Open("postgres", "host=pg-polls.civic.internal dbname=polls sslmode=require") // tfl-eval: hardcoded-backing-service
	if err != nil {
		log.Fatal(err)
	}

	m, err := migrate.New("file://migrations", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatal(err)
	}
	if err := m.Up(); err != nil && err != migrate.ErrNoChange { // tfl-eval: startup-migration
		log.Fatal(err)
	}

	router := httprouter.New()
	router.GET("/polls/:id", results(db))
	router.POST("/polls/:id/vote", vote(db))
	log.Fatal(http.ListenAndServe(":8080", router)) // tfl-eval: hardcoded-port, no-graceful-shutdown
}

func vote(db *sql.DB) httprouter.Handle {
	return func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
		voter, err := r.Cookie("voter")
		if err != nil {
			http.Error(w, "no voter cookie", http.StatusBadRequest)
			return
		}
		choice, _ := strconv.Atoi(r.FormValue("choice"))
		ballots[voter.Value] = append(ballots[voter.Value], choice)
		if _, err := db.Exec("INSERT INTO votes (poll_id, choice) VALUES ($1, $2)", ps.ByName("id"), choice); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusAccepted)
	}
}

func results(db *sql.DB) httprouter.Handle {
	return func(w http.ResponseWriter, r *http.Request, ps httprouter.Params) {
		id, _ := strconv.Atoi(ps.ByName("id"))
		counts, err := tally.Count(db, id)
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"poll": id, "counts": counts, "choices": tally.Choices(id)})
	}
}
