package com.inventory.dao

import com.inventory.dao.DatabaseFactory.dbQuery
import kotlinx.serialization.Serializable
import org.jetbrains.exposed.sql.ResultRow
import org.jetbrains.exposed.sql.insert
import org.jetbrains.exposed.sql.selectAll

@Serializable
data class Item(val id: Int, val sku: String, val quantity: Int)

@Serializable
data class NewItem(val sku: String, val quantity: Int, val supplierId: Int)

class ItemService {
    suspend fun all(): List<Item> = dbQuery { Items.selectAll().map(::toItem) }

    suspend fun create(item: NewItem): Int = dbQuery {
        Items.insert {
            it[sku] = item.sku
            it[quantity] = item.quantity
            it[supplier] = item.supplierId
        }[Items.id]
    }

    private fun toItem(row: ResultRow) = Item(row[Items.id], row[Items.sku], row[Items.quantity])
}
