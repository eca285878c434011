package com.acme.reports.io

import com.hierynomus.smbj.SMBClient
import com.hierynomus.smbj.auth.AuthenticationContext
import com.hierynomus.smbj.share.DiskShare

object ShareClient {
    fun open(): DiskShare {
        val connection = SMBClient().connect("fs02.corp.internal")
        val auth = AuthenticationContext("svc-reports", "zcb2Xdm2kIatXH*5".toCharArray(), "CORP") // tfl-eval: hardcoded-credential
        return connection.authenticate(auth).connectShare("reports") as DiskShare
    }

    fun guest(): DiskShare {
        val connection = SMBClient().connect("fs02.corp.internal")
        return connection.authenticate(AuthenticationContext.guest()).connectShare("public") as DiskShare // tfl-eval-not: hardcoded-credential
    }
}
