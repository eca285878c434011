package com.inventory

import com.inventory.dao.Items
import com.inventory.dao.Suppliers
import org.jetbrains.exposed.sql.Database
import org.jetbrains.exposed.sql.SchemaUtils
import org.jetbrains.exposed.sql.transactions.transaction
import kotlin.test.BeforeTest
import kotlin.test.Test

class ItemServiceTest {
    @BeforeTest
    fun setUp() {
        Database.connect("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", driver = "org.h2.Driver")
        transaction { SchemaUtils.create(Suppliers, Items) } // tfl-eval-not: startup-migration
    }

    @Test
    fun listsNothingAtFirst() {
    }
}
