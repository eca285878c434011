package tickets

import (
	"github.com/kataras/iris/v12"
	"github.com/kataras/iris/v12/sessions"
	"gorm.io/gorm"
)

// Seat maps by venue: read-only after start.
var venueRows = map[string]int{"main-hall": 24, "studio": 8}

// Seats each signed-in buyer has in their basket.
var baskets = map[string][]string{} // tfl-eval: memory-session-store

type Handlers struct {
	DB       *gorm.DB
	Sessions *sessions.Sessions
}

func (h *Handlers) AddSeat(ctx iris.Context) {
	sess := h.Sessions.Start(ctx)
	buyer := sess.GetString("buyer")
	baskets[buyer] = append(baskets[buyer], ctx.Params().Get("seat"))
	ctx.JSON(iris.Map{"rows": venueRows["main-hall"], "basket": baskets[buyer]})
}
