package httpapi

import (
	"encoding/json"
	"net/http"

	"github.com/alexedwards/scs/v2"

	"github.com/example/timesheet/ent"
)

var weekdayNames = map[int]string{1: "Mon", 2: "Tue", 3: "Wed", 4: "Thu", 5: "Fri"} // tfl-eval-not: memory-session-store

// Routes mounts the timesheet API.
func Routes(client *ent.Client, sessions *scs.SessionManager) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /week/{day}", func(w http.ResponseWriter, r *http.Request) {
		sessions.Put(r.Context(), "last_day", r.PathValue("day"))
		_ = json.NewEncoder(w).Encode(map[string]string{"day": weekdayNames[len(r.PathValue("day"))]})
	})
	return mux
}
