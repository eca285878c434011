package main

import (
	"encoding/json"
	"os"
)

// A one-off tool: copies the tasks into a report file.
func main() {
	data, err := os.ReadFile("data/tasks.json")
	if err != nil {
		panic(err)
	}
	var all []map[string]any
	_ = json.Unmarshal(data, &all)
	out, _ := json.MarshalIndent(all, "", "  ")
	_ = os.WriteFile("report.json", out, 0o644) // tfl-eval-not: memory-session-store
}
