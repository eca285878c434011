package remote

import "os"

// Upload copies an artefact to the staging host.
func Upload(path string) error {
	c, err := Connect("release", os.Getenv("RELEASE_SSH_PASSWORD"), "stage.internal", 22) // tfl-eval-not: hardcoded-credential
	if err != nil {
		return err
	}
	defer c.Close()
	_, err = os.Stat(path)
	return err
}
