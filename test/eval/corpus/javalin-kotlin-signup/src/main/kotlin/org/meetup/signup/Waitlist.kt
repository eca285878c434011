package org.meetup.signup

// Country names for the badge printer: read-only.
object Countries {
    val byCode = mapOf("de" to "Germany", "nl" to "Netherlands", "pl" to "Poland")
}

// Seats a signed-in member is holding while they fill in the form.
object SeatHolds {
    private val heldSeats = mutableMapOf<String, Int>() // tfl-eval: memory-session-store

    fun hold(memberId: String, seat: Int) {
        heldSeats[memberId] = seat
    }

    fun release(memberId: String): Int? = heldSeats.remove(memberId)
}
