package com.acme.reports

import com.acme.reports.export.ErpExport

fun main(args: Array<String>) {
    val period = args.firstOrNull() ?: "2024-05"
    println(ErpExport.pull(period).length)
}
