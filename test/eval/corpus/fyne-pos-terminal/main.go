package main

import (
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/bakery/pos/internal/sync"
)

func main() {
	a := app.NewWithID("com.bakery.pos")
	w := a.NewWindow("Bakery POS")
	pin := widget.NewPasswordEntry()
	pin.SetPlaceHolder("Staff PIN") // tfl-eval-not: hardcoded-credential
	status := widget.NewLabel("offline")
	syncer := sync.New(sync.Config{
		Endpoint: "https://pos-sync.bakery.example/api",
		DeviceID: "till-02",
		Secret:   "hEHKrtPI9x2CtIBdTw5e51ZVisii5Cak", // tfl-eval: hardcoded-credential
	})
	w.SetContent(container.NewVBox(pin, widget.NewButton("Sync", func() { status.SetText(syncer.Run()) }), status))
	w.ShowAndRun()
}
