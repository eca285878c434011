package wiki

import (
	"encoding/json"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/sirupsen/logrus"
	"xorm.io/xorm"
)

// Rendered markdown by page slug: a cache, rebuilt on a miss.
var renderCache = map[string]string{}

// Edits in progress per editor, so a reload does not lose the text.
var unsavedEdits = map[string]string{} // tfl-eval: memory-session-store

type Handlers struct {
	Engine *xorm.Engine
	Log    *logrus.Logger
}

func (h *Handlers) Show(w http.ResponseWriter, r *http.Request) {
	slug := mux.Vars(r)["slug"]
	if html, ok := renderCache[slug]; ok {
		_, _ = w.Write([]byte(html))
		return
	}
	page := Page{Slug: slug}
	if ok, err := h.Engine.Get(&page); err != nil || !ok {
		http.NotFound(w, r)
		return
	}
	renderCache[slug] = page.Body
	_, _ = w.Write([]byte(page.Body))
}

func (h *Handlers) SaveDraft(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie("wiki_session")
	if err != nil {
		http.Error(w, "sign in", http.StatusUnauthorized)
		return
	}
	var body struct{ Text string }
	_ = json.NewDecoder(r.Body).Decode(&body)
	unsavedEdits[c.Value] = body.Text
	h.Log.WithField("slug", mux.Vars(r)["slug"]).Info("draft saved")
	w.WriteHeader(http.StatusNoContent)
}
