package com.acme.fleet

import org.jetbrains.exposed.sql.Table
import org.jetbrains.exposed.sql.selectAll
import org.jetbrains.exposed.sql.transactions.transaction

object Vehicles : Table("vehicles") {
    val id = varchar("id", 36)
    val plate = varchar("plate", 16)
    override val primaryKey = PrimaryKey(id)
}

object Trips : Table("trips") {
    val id = varchar("id", 36)
    val vehicleId = varchar("vehicle_id", 36)
    override val primaryKey = PrimaryKey(id)
}

object VehicleRepository {
    fun all(): List<String> = transaction { Vehicles.selectAll().map { it[Vehicles.plate] } }
}
