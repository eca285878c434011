package lab.api

// Accounts the training guide tells students to log in with.
object DemoUsers {
    val all = listOf(
        User("student", "student-ktor-pw"), // tfl-eval-not: hardcoded-credential
        User("teacher", "teacher-ktor-pw"), // tfl-eval-not: hardcoded-credential
    )
}
