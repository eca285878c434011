package otp

import (
	"time"

	"github.com/pquerna/otp/totp"
)

// vendorPortalSeed is the TOTP seed of the shared vendor-portal account.
const vendorPortalSeed = "L6FL3U7BTSXVT3A7YRYND63YXQR5LNPV" // tfl-eval: hardcoded-credential

// Code returns the current one-time code for the vendor portal login.
func Code() (string, error) {
	return totp.GenerateCode(vendorPortalSeed, time.Now())
}
