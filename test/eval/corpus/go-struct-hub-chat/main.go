package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"github.com/gorilla/websocket"
)

// hub keeps the live websocket connections of this process: they cannot move elsewhere.
type hub struct {
	mu      sync.Mutex
	clients map[string]*websocket.Conn
}

// form is built per request and dropped after it.
type form struct {
	values map[string]string
}

var upgrader = websocket.Upgrader{}

func (h *hub) join(w http.ResponseWriter, r *http.Request) {
	conn, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	userID := r.URL.Query().Get("user")
	h.mu.Lock()
	h.clients[userID] = conn
	h.mu.Unlock()
}

func parse(w http.ResponseWriter, r *http.Request) {
	f := form{values: map[string]string{}}
	user := r.FormValue("user")
	f.values[user] = r.FormValue("message")
	_ = f
}

func main() {
	h := &hub{clients: map[string]*websocket.Conn{}}
	http.HandleFunc("/ws", h.join)
	http.HandleFunc("/parse", parse)
	srv := &http.Server{Addr: ":" + os.Getenv("PORT")}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	go func() {
		<-ctx.Done()
		_ = srv.Shutdown(context.Background())
	}()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		log.Fatal(err)
	}
}
