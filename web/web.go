// Package web is the staking web app: static files (HTML, CSS,
// JavaScript; no build step, no CDN, nothing fetched from outside) that
// the read API serves at / and that talk to the API and to the user's
// browser wallet (EIP-1193). The files are embedded at build time.
package web

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed static
var files embed.FS

// Files are the app's files (index.html, app.js, style.css, ...).
func Files() fs.FS {
	sub, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// Handler serves the app: index.html at /, the other files by name.
func Handler() http.Handler {
	fsys := Files()
	server := http.FileServerFS(fsys)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Referrer-Policy", "no-referrer")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'")
		if r.URL.Path == "/" || r.URL.Path == "/index.html" {
			w.Header().Set("Cache-Control", "no-cache")
			http.ServeFileFS(w, r, fsys, "index.html")
			return
		}
		name := strings.TrimPrefix(r.URL.Path, "/")
		if _, err := fs.Stat(fsys, name); err != nil {
			http.Error(w, "404 page not found", http.StatusNotFound)
			return
		}
		server.ServeHTTP(w, r)
	})
}
