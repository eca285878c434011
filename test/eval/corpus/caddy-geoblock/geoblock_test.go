package geoblock

import "testing"

func TestProvisionUsesConfiguredKey(t *testing.T) {
	g := GeoBlock{LicenseKey: "test-license-key-000", DatabasePath: "testdata/GeoLite2-Country-Test.mmdb"} // tfl-eval-not: hardcoded-credential
	if g.LicenseKey == "" {
		t.Fatal("expected key")
	}
}
