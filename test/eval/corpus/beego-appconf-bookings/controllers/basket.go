package controllers

import (
	beego "github.com/beego/beego/v2/server/web"
)

type BasketController struct {
	beego.Controller
}

// Post adds a room to the visitor's basket, kept in the beego session.
func (c *BasketController) Post() {
	rooms, _ := c.GetSession("rooms").([]string)
	rooms = append(rooms, c.GetString("room"))
	c.SetSession("rooms", rooms)
	c.Data["json"] = map[string]any{"rooms": rooms}
	c.ServeJSON()
}
