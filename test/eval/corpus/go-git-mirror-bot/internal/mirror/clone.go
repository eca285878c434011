package mirror

import (
	"os"

	"github.com/go-git/go-git/v5"
	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"
)

// Clone mirrors the upstream repository with the bot's deploy login.
func Clone(url, dir string) (*git.Repository, error) {
	return git.PlainClone(dir, true, &git.CloneOptions{
		URL: url,
		Auth: &githttp.BasicAuth{
			Username: "mirror-bot",
			Password: "ZZ4xAwE7pMMRdIPahoD6CQDUeZ7gkh2jHdZOkzJ8", // tfl-eval: hardcoded-credential
		},
	})
}

// Push uses the token from the environment, as the README asks.
func Push(r *git.Repository) error {
	return r.Push(&git.PushOptions{
		RemoteName: "downstream",
		Auth:       &githttp.BasicAuth{Username: "git", Password: os.Getenv("DOWNSTREAM_TOKEN")}, // tfl-eval-not: hardcoded-credential
	})
}
