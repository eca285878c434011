// Go examples: valid ones must stay silent, invalid ones report exactly the marked ranges.
import type { Examples, InvalidExample, ValidExample } from '../../rule';

const invalid: InvalidExample[] = [
  {
    name: 'patrickmn/go-cache as the session store, written in a gin handler',
    path: 'internal/auth/sessions.go',
    code: `package auth

import (
\t"time"

\t"github.com/gin-gonic/gin"
\t"github.com/patrickmn/go-cache"
)

var ⟦sessions⟧ = cache.New(2*time.Hour, 10*time.Minute)

func Login(c *gin.Context, driverID int64) {
\tsid := newID()
\tsessions.Set(sid, driverID, cache.DefaultExpiration)
\tc.SetCookie("sid", sid, 7200, "/", "", true, true)
}
`,
  },
  {
    name: "iris sessions without UseDatabase, and an iris handler filling a per-user map",
    path: 'cmd/server/main.go',
    code: `package main

import (
\t"github.com/kataras/iris/v12"
\t"github.com/kataras/iris/v12/sessions"
)

var sess = ⟦sessions.New(sessions.Config{Cookie: "sid"})⟧

var ⟦baskets⟧ = map[string][]string{}

func addSeat(ctx iris.Context) {
\tbuyer := sess.Start(ctx).GetString("buyer")
\tbaskets[buyer] = append(baskets[buyer], ctx.Params().Get("seat"))
}
`,
  },
  {
    name: 'gorilla FilesystemStore',
    path: 'web/session.go',
    code: `package web

import "github.com/gorilla/sessions"

var store = ⟦sessions.NewFilesystemStore("", []byte(os.Getenv("SESSION_KEY")))⟧
`,
    messageIncludes: ['Factor VI', 'FilesystemStore', 'local disk', 'Redis'],
  },
  {
    name: "GoFrame's memory and file session storages",
    path: 'internal/cmd/cmd.go',
    code: `package cmd

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/os/gsession"
)

func serve() {
	s := g.Server()
	s.SetSessionStorage(⟦gsession.NewStorageMemory()⟧)
	admin := g.Server("admin")
	admin.SetSessionStorage(⟦gsession.NewStorageFile("/var/lib/portal/sessions", 0)⟧)
}
`,
    messageIncludes: ['Factor VI', 'GoFrame gsession'],
  },
  {
    name: 'quasoft/memstore and gin-contrib memstore',
    path: 'main.go',
    code: `package main

import (
\t"github.com/gin-contrib/sessions"
\tginmem "github.com/gin-contrib/sessions/memstore"
\t"github.com/quasoft/memstore"
)

func main() {
\tstore := ⟦memstore.NewMemStore([]byte(os.Getenv("AUTH_KEY")))⟧
\t_ = store
\tr := gin.Default()
\tr.Use(sessions.Sessions("app", ⟦ginmem.NewStore([]byte(os.Getenv("SESSION_SECRET")))⟧))
\tr.Run()
}
`,
    messageIncludes: ['in process memory'],
  },
  {
    name: 'scs with its default memory store',
    path: 'cmd/web/main.go',
    code: `package main

import "github.com/alexedwards/scs/v2"

var sessionManager = ⟦scs.New()⟧
`,
    messageIncludes: ['scs uses its default in-memory store (no `Store`)'],
  },
  {
    name: 'scs under a name that does not say session (the import path alone passes the prefilter)',
    path: 'cmd/web/main.go',
    code: `package main

import "github.com/alexedwards/scs/v2"

var manager = ⟦scs.New()⟧
`,
    messageIncludes: ['scs uses its default in-memory store (no `Store`)'],
  },
  {
    name: 'a package-level map of sessions written by a net/http handler',
    path: 'internal/auth/handlers.go',
    code: `package auth

import "net/http"

var ⟦sessions⟧ = map[string]*Session{}

func Login(w http.ResponseWriter, r *http.Request) {
\tid := newID()
\tsessions[id] = &Session{User: r.FormValue("user")}
\thttp.SetCookie(w, &http.Cookie{Name: "sid", Value: id})
}
`,
    messageIncludes: ['`sessions` keeps per-user state in process memory'],
  },
  {
    name: 'carts keyed by the user in a gin handler; a make() map keyed by cookie in a closure',
    path: 'api/cart.go',
    code: `package api

import (
\t"net/http"
\t"sync"

\t"github.com/gin-gonic/gin"
)

var (
\tmu    sync.Mutex
\t⟦carts⟧ = make(map[string][]Item)
\t⟦state⟧ map[string]string
)

func AddToCart(c *gin.Context) {
\tmu.Lock()
\tdefer mu.Unlock()
\tuserID := c.GetString("userID")
\tcarts[userID] = append(carts[userID], Item{})
}

func Routes(mux *http.ServeMux) {
\tmux.HandleFunc("/prefs", func(w http.ResponseWriter, r *http.Request) {
\t\tcookie, _ := r.Cookie("session_id")
\t\tstate[cookie.Value] = r.FormValue("theme")
\t})
}
`,
  },
  {
    name: 'a sync.Map of users written by an echo handler',
    path: 'server.go',
    code: `package server

import (
\t"sync"

\t"github.com/labstack/echo/v4"
)

var ⟦loggedInUsers⟧ sync.Map

func login(c echo.Context) error {
\tloggedInUsers.Store(c.FormValue("email"), true)
\treturn nil
}
`,
  },
  {
    name: "a gRPC server method keyed by the caller from the call's metadata",
    path: 'internal/server/loyalty.go',
    code: `package server

var ⟦pointsPending⟧ = map[string]int64{}

func (s *loyaltyServer) Earn(ctx context.Context, in *pb.EarnRequest) (*pb.EarnReply, error) {
\tmd, _ := metadata.FromIncomingContext(ctx)
\tuserID := md.Get("x-user-id")[0]
\tpointsPending[userID] += in.GetPoints()
\treturn &pb.EarnReply{}, nil
}
`,
  },
  {
    name: 'a Connect RPC method (one call per request) keyed by the caller from its headers',
    path: 'internal/wallet/server.go',
    code: `package wallet

var ⟦pendingTopUps⟧ sync.Map

func (s *Server) StartTopUp(ctx context.Context, req *connect.Request[walletv1.StartTopUpRequest]) (*connect.Response[walletv1.StartTopUpResponse], error) {
\tuserID := req.Header().Get("X-User-Id")
\tpendingTopUps.Store(userID, req.Msg.GetAmountMinor())
\treturn connect.NewResponse(&walletv1.StartTopUpResponse{}), nil
}
`,
  },
];

const valid: ValidExample[] = [
  {
    name: "GoFrame's Redis session storage",
    path: 'internal/cmd/admin.go',
    code: `package cmd

import (
	"github.com/gogf/gf/v2/frame/g"
	"github.com/gogf/gf/v2/os/gsession"
)

func serve() {
	s := g.Server("admin")
	s.SetSessionStorage(gsession.NewStorageRedis(g.Redis()))
}
`,
  },
  {
    name: "go-cache for derived lookups, and the app's own cache package (a Redis wrapper) named cache",
    path: 'internal/geo/zones.go',
    code: `package geo

import (
\t"time"

\tgocache "github.com/patrickmn/go-cache"
\t"github.com/example/parking/internal/cache"
)

var zoneCache = gocache.New(time.Hour, 15*time.Minute)
var sessions = cache.New("redis://sessions.internal:6379")

func Remember(c *gin.Context, key string, zone string) {
\tzoneCache.Set(key, zone, gocache.DefaultExpiration)
\tsessions.Set(key, zone, 0)
}
`,
  },
  {
    name: 'iris sessions returned to a caller, which may give them a database in another file',
    path: 'web/sessions.go',
    code: `package web

import "github.com/kataras/iris/v12/sessions"

func NewSessions() *sessions.Sessions {
\treturn sessions.New(sessions.Config{Cookie: "bookstore_session"})
}
`,
  },
  {
    name: 'iris sessions on Redis (UseDatabase), and an iris handler filling a cache by path',
    path: 'cmd/server/main.go',
    code: `package main

import (
\t"github.com/kataras/iris/v12"
\t"github.com/kataras/iris/v12/sessions"
\t"github.com/kataras/iris/v12/sessions/sessiondb/redis"
)

var sess = sessions.New(sessions.Config{Cookie: "sid"})

var pageCache = map[string][]byte{}

func init() { sess.UseDatabase(redis.New(redis.DefaultConfig())) }

func page(ctx iris.Context) {
\tpageCache[ctx.Path()] = []byte("rendered")
}
`,
  },
  {
    name: 'a Connect RPC method filling a map keyed by what is asked (the order), not who asks',
    path: 'internal/orders/server.go',
    code: `package orders

var shippedAt = map[string]int64{}

func (s *Server) Ship(ctx context.Context, req *connect.Request[ordersv1.ShipRequest]) (*connect.Response[ordersv1.ShipResponse], error) {
\tshippedAt[req.Msg.GetOrderId()] = time.Now().Unix()
\treturn connect.NewResponse(&ordersv1.ShipResponse{}), nil
}
`,
  },
  {
    name: 'cookie and Redis session stores; scs on Redis',
    path: 'web/session.go',
    code: `package web

import (
\t"github.com/alexedwards/scs/redisstore"
\t"github.com/alexedwards/scs/v2"
\t"github.com/boj/redistore"
\t"github.com/gorilla/sessions"
)

var cookies = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))
var redisStore, _ = redistore.NewRediStore(10, "tcp", ":6379", "", []byte(os.Getenv("SESSION_KEY")))

var sessionManager = scs.New()

func init() {
\tsessionManager.Store = redisstore.New(pool)
}
`,
  },
  {
    name: 'caches of pure computations and maps keyed by non-user data',
    path: 'internal/render/render.go',
    code: `package render

import (
\t"net/http"
\t"sync"
)

var (
\tmu            sync.RWMutex
\ttemplateCache = map[string]*template.Template{}
\tresults       sync.Map
\tcounts        = map[string]int{}
\tcountryNames  = map[string]string{}
)

func Handle(w http.ResponseWriter, r *http.Request) {
\tname := r.URL.Path
\tmu.Lock()
\ttemplateCache[name] = parse(name)
\tcounts[name]++
\tmu.Unlock()
\tresults.Store(name, fib(40))
}

func init() {
\tcountryNames["fr"] = "France"
}
`,
  },
  {
    name: 'a map local to the handler, a shadowing local, and a websocket hub',
    path: 'ws/hub.go',
    code: `package ws

import "net/http"

var sessions = map[string]string{}
var clients = map[*Client]bool{}

func Serve(w http.ResponseWriter, r *http.Request) {
\tsessions := map[string]string{}
\tsessions[r.URL.Query().Get("user")] = "x"
\tseen := map[string]bool{}
\tseen[r.Header.Get("X-User")] = true
\tclients[newClient(w)] = true
}
`,
  },
  {
    name: 'fiber sessions on Redis storage',
    path: 'main.go',
    code: `package main

import (
\t"github.com/gofiber/fiber/v2/middleware/session"
\t"github.com/gofiber/storage/redis/v3"
)

var store = session.New(session.Config{Storage: redis.New()})
`,
  },
];

export const goExamples: Examples = { valid, invalid };

/** beego's conf/app.conf (INI): the session provider of the deployed run modes. */
export const beegoAppConfExamples: Examples = {
  invalid: [
    {
      name: "a map field of a type whose methods handle requests, written by session token: the server value lives as long as the process",
      path: 'main.go',
      code: 'package main\n\nimport (\n\t"net/http"\n\t"sync"\n)\n\ntype session struct{ username string }\n\ntype server struct {\n\tmu       sync.Mutex\n\t⟦sessions⟧ map[string]session\n}\n\nfunc (s *server) login(w http.ResponseWriter, r *http.Request) {\n\ttoken := r.FormValue("token")\n\ts.mu.Lock()\n\ts.sessions[token] = session{username: r.FormValue("username")}\n\ts.mu.Unlock()\n}\n',
    },
    {
      name: 'beego sessions on the file provider',
      path: 'conf/app.conf',
      code: `appname = bookings\nsessionon = true\nsessionprovider = ⟦file⟧\nsessionproviderconfig = ./tmp/sessions\n\n[dev]\nsessionprovider = memory\n`,
      messageIncludes: ["beego's `sessionprovider = file` keeps sessions on the local disk"],
    },
    {
      name: 'beego sessions switched on with no provider: the memory provider',
      path: 'conf/app.conf',
      code: `appname = polls\nrunmode = prod\nSessionOn = ⟦true⟧\n`,
      messageIncludes: ['the memory provider'],
    },
  ],
  valid: [
    {
      name: "a server type's map of live connections, a map field of a type built per request, and a server's map keyed by no one's identity",
      path: 'main.go',
      code: 'package main\n\nimport "net/http"\n\ntype hub struct {\n\tclients map[string]string\n\tpages   map[string]string\n}\n\ntype form struct {\n\tvalues map[string]string\n}\n\nfunc (h *hub) join(w http.ResponseWriter, r *http.Request) {\n\tuserID := r.URL.Query().Get("user")\n\th.clients[userID] = r.RemoteAddr\n\th.pages[r.URL.Query().Get("title")] = r.FormValue("body")\n}\n\nfunc parse(w http.ResponseWriter, r *http.Request) {\n\tf := form{values: map[string]string{}}\n\tf.values[r.FormValue("user")] = r.FormValue("message")\n}\n',
    },
    {
      name: 'beego sessions on Redis; memory only in the dev run mode',
      path: 'conf/app.conf',
      code: `sessionon = true\nsessionprovider = redis\nsessionproviderconfig = "\${REDIS_ADDR},100"\n\n[dev]\nsessionprovider = memory\n`,
    },
    { name: 'beego with sessions off', path: 'conf/app.conf', code: `appname = api\nsessionon = false\nsessionprovider = file\n` },
    { name: 'sessions on only in the test run mode', path: 'conf/app.conf', code: `appname = api\n\n[test]\nsessionon = true\n` },
    { name: 'another INI file', path: 'conf/worker.conf', code: `sessionon = true\n` },
  ],
};
