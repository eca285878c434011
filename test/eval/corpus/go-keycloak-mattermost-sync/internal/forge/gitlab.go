package forge

import (
	"github.com/xanzy/go-gitlab"
)

// Legacy talks to the old self-hosted GitLab that only allows basic auth.
func Legacy() (*gitlab.Client, error) {
	return gitlab.NewBasicAuthClient("team-sync", "Qrmvwy8Xs56Yja*1", gitlab.WithBaseURL("https://git-old.teamops.example")) // tfl-eval: hardcoded-credential
}
