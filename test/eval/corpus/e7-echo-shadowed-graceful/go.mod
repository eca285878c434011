module github.com/lapak/inventory

go 1.21

require github.com/labstack/echo/v4 v4.11.4
