package com.inventory.dao

import org.jetbrains.exposed.sql.Table

object Suppliers : Table() {
    val id = integer("id").autoIncrement()
    val name = varchar("name", 120)
    override val primaryKey = PrimaryKey(id)
}

object Items : Table() {
    val id = integer("id").autoIncrement()
    val sku = varchar("sku", 32).uniqueIndex()
    val quantity = integer("quantity")
    val supplier = integer("supplier_id").references(Suppliers.id)
    override val primaryKey = PrimaryKey(id)
}
