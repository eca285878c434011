package main

// configuration mirrors plugin.json's settings; the server fills it from the System Console.
type configuration struct {
	JiraURL      string
	JiraAPIToken string // tfl-eval-not: hardcoded-credential
	WebhookSecret string
}

func (c *configuration) IsValid() error {
	if c.JiraAPIToken == "" { // tfl-eval-not: hardcoded-credential
		return errMissingToken
	}
	return nil
}
