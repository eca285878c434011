package main

import (
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

type model struct {
	password textinput.Model
	status   string
}

func newModel() model {
	ti := textinput.New()
	ti.Placeholder = "Registry password" // tfl-eval-not: hardcoded-credential
	ti.EchoMode = textinput.EchoPassword
	ti.EchoCharacter = '•'
	ti.Focus()
	return model{password: ti, status: "Enter the registry password to push"} // tfl-eval-not: hardcoded-credential
}

func (m model) Init() tea.Cmd { return textinput.Blink }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	m.password, cmd = m.password.Update(msg)
	return m, cmd
}

func (m model) View() string { return m.status + "\n\n" + m.password.View() }