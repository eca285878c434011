package setting

import "os"

var JwtSecret = os.Getenv("JWT_SECRET")

// the claim's issuer, public by design
const Issuer = "ticketing-service"

var SigningAlg = "HS256"
