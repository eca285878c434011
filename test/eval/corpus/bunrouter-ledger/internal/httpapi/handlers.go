package httpapi

import (
	"net/http"
	"sync"

	"github.com/gorilla/sessions"
	"github.com/uptrace/bun"
	"github.com/uptrace/bunrouter"

	"github.com/hearthbooks/ledger/internal/store"
)

// Currency symbols shown in the UI: a read-only table.
var currencySymbols = map[string]string{"EUR": "€", "USD": "$", "GBP": "£"}

var (
	mu sync.Mutex
	// Unposted journal lines per signed-in bookkeeper.
	openJournals = map[string][]store.Entry{} // tfl-eval: memory-session-store
)

type API struct {
	DB       *bun.DB
	Sessions sessions.Store
}

func (a *API) AddLine(w http.ResponseWriter, req bunrouter.Request) error {
	sess, _ := a.Sessions.Get(req.Request, "ledger")
	user, _ := sess.Values["user"].(string)
	mu.Lock()
	openJournals[user] = append(openJournals[user], store.Entry{Account: req.Param("account")})
	mu.Unlock()
	return bunrouter.JSON(w, bunrouter.H{"symbol": currencySymbols["EUR"]})
}

func (a *API) ListEntries(w http.ResponseWriter, req bunrouter.Request) error {
	entries, err := store.Entries(req.Context(), a.DB, req.Param("account"))
	if err != nil {
		return err
	}
	return bunrouter.JSON(w, entries)
}
