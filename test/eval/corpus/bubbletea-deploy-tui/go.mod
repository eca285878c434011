module github.com/acme/deploy-tui

go 1.22

require (
	github.com/charmbracelet/bubbles v0.18.0
	github.com/charmbracelet/bubbletea v0.26.4
	github.com/docker/docker v26.1.4+incompatible
	github.com/google/go-github/v62 v62.0.0
	github.com/zalando/go-keyring v0.2.5
)