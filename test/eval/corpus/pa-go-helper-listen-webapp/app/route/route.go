package route

import "net/http"

// Load returns the routes and middleware
func Load() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("gowebapp")) })
	return mux
}
