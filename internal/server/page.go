package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// pageFiles are the page's HTML, CSS and JavaScript: plain files, no build step, nothing
// fetched from elsewhere.
//
//go:embed page
var pageFiles embed.FS

// pageCSP lets the page load only its own files and talk only to this server.
const pageCSP = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

var staticFiles = func() http.Handler {
	sub, err := fs.Sub(pageFiles, "page")
	if err != nil {
		panic(err) // the embedded tree always has the folder
	}
	return http.StripPrefix("/static/", http.FileServerFS(sub))
}()

// servePage is GET /: the page.
func servePage(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", pageCSP)
	http.ServeFileFS(w, r, pageFiles, "page/index.html")
}

// serveStatic is GET /static/...: the page's stylesheet and script.
func serveStatic(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Security-Policy", pageCSP)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	staticFiles.ServeHTTP(w, r)
}
