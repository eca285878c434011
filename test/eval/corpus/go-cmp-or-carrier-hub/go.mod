module github.com/parcelworks/carrierhub

go 1.22

require (
	github.com/samber/lo v1.39.0
	github.com/spf13/viper v1.18.2
	googlemaps.github.io/maps v1.7.0
	google.golang.org/api v0.177.0
)
