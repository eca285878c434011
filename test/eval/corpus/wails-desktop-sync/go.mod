module github.com/acme/desktop-sync

go 1.22

require (
	github.com/wailsapp/wails/v2 v2.9.1
	golang.org/x/oauth2 v0.21.0
)