package com.rideshare.app

import android.app.Application
import com.mapbox.common.MapboxOptions

class RideshareApp : Application() {
    override fun onCreate() {
        super.onCreate()
        // A public (pk.) token: scoped to map styles, shipped in every Mapbox app.
        MapboxOptions.accessToken = "pk.eyJ1IjoicmlkZXNoYXJlIiwiYSI6ImNscXo5c2Z0dzBhZ3Yya3BmY2R4Z2x6eHUifQ.8o9TB3dO2T5gejCDdRIC6L" // tfl-eval-not: hardcoded-credential
    }
}
