module github.com/netops/inventory

go 1.21

require (
	github.com/gosnmp/gosnmp v1.37.0
	github.com/hirochachacha/go-smb2 v1.1.0
	github.com/masterzen/winrm v0.0.0-20231227165142-c0a0c3e1d5b8
	github.com/pquerna/otp v1.4.0
	github.com/vmware/govmomi v0.37.2
)
