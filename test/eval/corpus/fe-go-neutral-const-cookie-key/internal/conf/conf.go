package conf

const (
	AppName = "guestbook"
	Salt    = "Vq8Lr2Tx6Nw4Zk9P" // tfl-eval: hardcoded-credential
	Theme   = "Mk3Zr8Qw"
)
