module github.com/teamops/keycloak-sync

go 1.22

require (
	github.com/Nerzal/gocloak/v13 v13.9.0
	github.com/emersion/go-imap v1.2.1
	github.com/jlaffaye/ftp v0.2.0
	github.com/mattermost/mattermost/server/public v0.1.2
	github.com/xanzy/go-gitlab v0.105.0
)
