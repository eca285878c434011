module github.com/acme/fleet-agent

go 1.22
