package vcs

import (
	"context"

	"github.com/google/go-github/v62/github"
)

// Client reads the community's repositories for the profile badges.
func Client() *github.Client {
	return github.NewClient(nil).WithAuthToken("98akDiwrhnWmmhgPepItWDiJO90YjC0gx4zF2O3Z") // tfl-eval: hardcoded-credential
}

func Stars(ctx context.Context, c *github.Client, owner, repo string) (int, error) {
	r, _, err := c.Repositories.Get(ctx, owner, repo)
	if err != nil {
		return 0, err
	}
	return r.GetStargazersCount(), nil
}
