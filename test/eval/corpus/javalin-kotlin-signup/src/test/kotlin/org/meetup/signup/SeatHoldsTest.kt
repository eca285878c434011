package org.meetup.signup

import kotlin.test.Test
import kotlin.test.assertEquals

class SeatHoldsTest {
    private val testHolds = mutableMapOf<String, Int>()

    @Test
    fun releaseReturnsTheHeldSeat() {
        SeatHolds.hold("m-1", 12)
        testHolds["m-1"] = 12
        assertEquals(12, SeatHolds.release("m-1"))
    }
}
