package shelf

import (
	"database/sql"
	"encoding/json"
	"net/http"
	"time"

	"github.com/gorilla/mux"
	"github.com/gorilla/sessions"
)

type Handler struct {
	db     *sql.DB
	store  sessions.Store
	covers *CoverCache
}

func NewHandler(db *sql.DB, store sessions.Store, covers *CoverCache) *Handler {
	return &Handler{db: db, store: store, covers: covers}
}

func (h *Handler) List(w http.ResponseWriter, r *http.Request) {
	sess, _ := h.store.Get(r, "readinglist")
	owner, ok := sess.Values["user_id"].(int64)
	if !ok {
		http.Error(w, "login required", http.StatusUnauthorized)
		return
	}
	rows, err := h.db.QueryContext(r.Context(), "SELECT id, title, author FROM books WHERE owner_id = $1 ORDER BY title", owner)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	defer rows.Close()
	type book struct {
		ID            int64
		Title, Author string
	}
	var out []book
	for rows.Next() {
		var b book
		if err := rows.Scan(&b.ID, &b.Title, &b.Author); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		out = append(out, b)
	}
	_ = json.NewEncoder(w).Encode(out)
}

func (h *Handler) MarkRead(w http.ResponseWriter, r *http.Request) {
	sess, _ := h.store.Get(r, "readinglist")
	owner, _ := sess.Values["user_id"].(int64)
	_, err := h.db.ExecContext(r.Context(), "UPDATE books SET read_at = $1 WHERE id = $2 AND owner_id = $3", time.Now(), mux.Vars(r)["id"], owner)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	sess.Values["last_read"] = mux.Vars(r)["id"]
	_ = sess.Save(r, w)
	http.Redirect(w, r, "/", http.StatusSeeOther)
}
