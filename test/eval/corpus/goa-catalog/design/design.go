package design

import . "goa.design/goa/v3/dsl"

var APIKeyAuth = APIKeySecurity("api_key", func() { // tfl-eval-not: hardcoded-credential
	Description("Partner API key sent in the X-API-Key header")
})

var _ = Service("catalog", func() {
	Security(APIKeyAuth)
	Method("list", func() {
		Payload(func() {
			APIKey("api_key", "key", String, "API key used to perform authorization") // tfl-eval-not: hardcoded-credential
			Required("key")
		})
		Result(ArrayOf(String))
		HTTP(func() {
			GET("/products")
			Header("key:X-API-Key")
		})
	})
})
