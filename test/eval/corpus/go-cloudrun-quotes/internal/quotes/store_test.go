package quotes

import (
	"context"
	"os"
	"testing"
)

func TestRandomNeedsEmulator(t *testing.T) {
	if os.Getenv("FIRESTORE_EMULATOR_HOST") == "" {
		t.Setenv("FIRESTORE_EMULATOR_HOST", "localhost:8681")
	}
	if _, err := Random(context.Background(), "test-project"); err != nil {
		t.Skip("emulator not running")
	}
}
