package org.giftlist

import org.jetbrains.exposed.sql.Table

object Lists : Table("lists") {
    val id = integer("id").autoIncrement()
    val owner = varchar("owner", 120)
    override val primaryKey = PrimaryKey(id)
}

object Gifts : Table("gifts") {
    val id = integer("id").autoIncrement()
    val listId = integer("list_id").references(Lists.id)
    val title = varchar("title", 200)
    override val primaryKey = PrimaryKey(id)
}
