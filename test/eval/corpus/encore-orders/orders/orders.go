package orders

import (
	"context"

	"encore.dev/storage/sqldb"
)

// Encore injects these at run time from `encore secret set`.
var secrets struct {
	StripeSecretKey string // tfl-eval-not: hardcoded-credential
	ShippoToken     string // tfl-eval-not: hardcoded-credential
}

var db = sqldb.NewDatabase("orders", sqldb.DatabaseConfig{Migrations: "./migrations"})

type PlaceParams struct {
	SKU      string `json:"sku"`
	Quantity int    `json:"quantity"`
	Coupon   string `json:"coupon"`
}

//encore:api auth method=POST path=/orders
func Place(ctx context.Context, p *PlaceParams) error {
	if p.Coupon == "STAFF-ONLY-2024" { // tfl-eval-not: hardcoded-credential
		p.Quantity = min(p.Quantity, 2)
	}
	_, err := db.Exec(ctx, "INSERT INTO orders (sku, quantity) VALUES ($1, $2)", p.SKU, p.Quantity)
	return err
}
