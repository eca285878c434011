package store

// Shipment is a parcel on its way.
type Shipment struct {
	ID          string `db:"id" json:"id"`
	Status      string `db:"status" json:"status"`
	TrackingKey string `db:"tracking_key" json:"-"`
}

const (
	StatusCreated   = "created"
	StatusInTransit = "in_transit"
	StatusDelivered = "delivered"
)
