package hub

import (
	"net/http"
	"sync"

	"github.com/gin-gonic/gin"
	"github.com/gorilla/websocket"
)

var upgrader = websocket.Upgrader{CheckOrigin: func(r *http.Request) bool { return true }}

var (
	mu    sync.Mutex
	conns = map[string]*websocket.Conn{} // tfl-eval-not: memory-session-store
)

func Serve(c *gin.Context) {
	user := c.Query("user")
	conn, err := upgrader.Upgrade(c.Writer, c.Request, nil)
	if err != nil {
		return
	}
	mu.Lock()
	conns[user] = conn
	mu.Unlock()
}
