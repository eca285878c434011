package org.meetup.signup

import org.jetbrains.exposed.sql.Table

object Attendees : Table("attendees") {
    val id = integer("id").autoIncrement()
    val eventId = integer("event_id")
    val email = varchar("email", 200)
    override val primaryKey = PrimaryKey(id)
}
