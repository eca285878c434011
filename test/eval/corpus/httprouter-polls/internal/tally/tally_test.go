package tally

import "testing"

var sessions = map[string]int{}

func TestChoices(t *testing.T) {
	sessions["voter-1"] = 1
	if len(Choices(1)) != 2 {
		t.Fatal("expected two choices")
	}
}
