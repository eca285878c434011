import type { Examples } from '../../rule';

export const goExamples: Examples = {
  valid: [
    {
      name: 'a helper that only a handler calls, and one that nothing calls: a throwaway store per request, dead code',
      path: 'main.go',
      code: `package main\n\nfunc demoStore() sessions.Store {\n\treturn cookie.NewStore(securecookie.GenerateRandomKey(32))\n}\n\nfunc unusedStore() sessions.Store {\n\treturn cookie.NewStore(securecookie.GenerateRandomKey(32))\n}\n\nfunc preview(c *gin.Context) {\n\t_ = demoStore()\n}\n\nfunc main() {\n\tr := gin.Default()\n\tr.POST("/preview", preview)\n\tr.Run()\n}\n`,
    },
    {
      name: 'the key from the environment',
      path: 'cmd/shop/main.go',
      code: `package main\n\nfunc main() {\n\tstore := sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))\n\t_ = store\n}\n`,
    },
    {
      name: 'a CSRF token and a nonce filled in a handler',
      path: 'internal/web/routes.go',
      code: `package web\n\nfunc Routes(mux *http.ServeMux) {\n\tmux.HandleFunc("/cart", func(w http.ResponseWriter, r *http.Request) {\n\t\tcsrf := make([]byte, 16)\n\t\t_, _ = rand.Read(csrf)\n\t\tnonce := make([]byte, 12)\n\t\t_, _ = rand.Read(nonce)\n\t})\n}\n`,
    },
    {
      name: 'a keygen command that prints the key',
      path: 'cmd/keygen/main.go',
      code: `package main\n\nfunc main() {\n\tsigningKey := make([]byte, 32)\n\t_, _ = rand.Read(signingKey)\n\tfmt.Println(base64.StdEncoding.EncodeToString(signingKey))\n}\n`,
    },
    { name: 'a signing key filled in a method that runs per call', path: 'internal/auth/rotate.go', code: `package auth\n\nfunc (s *Service) Rotate() {\n\tjwtKey := make([]byte, 32)\n\trand.Read(jwtKey)\n\ts.store.Save(jwtKey)\n}\n` },
    { name: 'a request id', path: 'internal/web/mw.go', code: `package web\n\nvar requestID = uuid.NewString()\n` },
  ],
  invalid: [
    {
      name: 'a helper whose name says nothing, which main calls (two calls deep at most)',
      path: 'main.go',
      code: `package main\n\nfunc withSessions(r *gin.Engine) {\n\tr.Use(sessions.Sessions("app", cookie.NewStore(⟦securecookie.GenerateRandomKey(32)⟧)))\n}\n\nfunc mount(r *gin.Engine) {\n\twithSessions(r)\n}\n\nfunc main() {\n\tr := gin.Default()\n\tmount(r)\n\tr.Run()\n}\n`,
    },
    {
      name: 'gorilla sessions with a random key',
      path: 'cmd/shop/main.go',
      code: `package main\n\nfunc main() {\n\tstore := sessions.NewCookieStore(⟦securecookie.GenerateRandomKey(32)⟧)\n\t_ = store\n}\n`,
      messageIncludes: ['restart'],
    },
    {
      name: 'a JWT key filled in init()',
      path: 'internal/auth/jwt.go',
      code: `package auth\n\nvar jwtKey = make([]byte, 32)\n\nfunc init() {\n\tif _, err := ⟦rand.Read(jwtKey)⟧; err != nil {\n\t\tpanic(err)\n\t}\n}\n`,
    },
    {
      name: 'a config struct field',
      path: 'internal/app/app.go',
      code: `package app\n\nfunc NewServer() *Server {\n\treturn &Server{cfg: Config{SessionSecret: ⟦uuid.NewString()⟧}}\n}\n`,
    },
  ],
};
