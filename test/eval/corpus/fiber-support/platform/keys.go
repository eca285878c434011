package platform

// Keys for the third-party services the helpdesk talks to.
const (
	SendgridAPIKey   = "SG.wmJzz2J27OHMa2n3SRV2RB0v.6nm03qB5jYL0YeRafeMXf06A263IVY59fZVRSeIX" // tfl-eval: hardcoded-credential
	TwilioAccountSID = "AC436fe180c67e1162da5da48d0acb1551"
	TwilioAuthToken  = "b12a731c1b666df89338b0554399ebd3" // tfl-eval: hardcoded-credential
	AlgoliaAppID     = "KX2N7QW4PD"
	AlgoliaAdminKey  = "bdcb81330cc6ebc65bfd9cdf38ffdc44" // tfl-eval: hardcoded-credential
	SupportEmail     = "help@supportdesk.io"
	PasswordMinLen   = 10 // tfl-eval-not: hardcoded-credential
	ResetTokenHeader = "X-Reset-Token" // tfl-eval-not: hardcoded-credential
)

var ErrBadPassword = "password must contain a digit and a symbol" // tfl-eval-not: hardcoded-credential
