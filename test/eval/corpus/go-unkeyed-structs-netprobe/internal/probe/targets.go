package probe

// Login is what a probe signs in to a device with.
type Login struct {
	User     string
	Password string
}

type Endpoint struct {
	Host string
	Port int
}

type Device struct {
	Name  string
	Addr  Endpoint
	Login Login
}

var Devices = []Device{
	{"core-sw-1", Endpoint{"10.20.0.1", 22}, Login{"netprobe", "tNZo5757VCjYNBZByr"}}, // tfl-eval: hardcoded-credential
	{"core-sw-2", Endpoint{"10.20.0.2", 22}, Login{"netprobe", ""}}, // tfl-eval-not: hardcoded-credential
}

var fallbackLogins = []Login{
	{"admin", "rb9oUrptV8jZq10wNWna"}, // tfl-eval: hardcoded-credential
	{"readonly", "changeme"}, // tfl-eval-not: hardcoded-credential
}

var snmp = struct {
	Community string
	Version   string
}{"uWwmxQ5O2E1UMYxL", "2c"} // tfl-eval: hardcoded-credential

var ui = struct {
	Title, PasswordLabel string
}{"Netprobe", "Device password"} // tfl-eval-not: hardcoded-credential

func FallbackLogins() []Login { return fallbackLogins }

func Community() string { return snmp.Community }
