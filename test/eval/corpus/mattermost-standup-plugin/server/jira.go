package main

import (
	"net/http"

	jira "github.com/andygrunwald/go-jira"
)

const jiraBotUser = "standup-bot@acme.io"

func (p *Plugin) jiraClient() (*jira.Client, error) {
	tp := jira.BasicAuthTransport{
		Username: jiraBotUser,
		Password: "ATATT3xFfGF0Qm8vR2kLpZ7nYc4WxHs1JdBt9eAuG6oNqV3rKi", // tfl-eval: hardcoded-credential
	}
	return jira.NewClient(tp.Client(), p.getConfiguration().JiraURL)
}

func (p *Plugin) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X-Standup-Secret") != "st4ndup-hook-7Kq2" { // tfl-eval: hardcoded-credential
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	p.handleWebhook(w, r)
}
