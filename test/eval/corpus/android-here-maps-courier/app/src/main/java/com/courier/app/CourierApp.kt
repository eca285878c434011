package com.courier.app

import android.app.Application

class CourierApp : Application() {
    override fun onCreate() {
        super.onCreate()
    }
}
