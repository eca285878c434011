package ru.magazin

import java.sql.DriverManager

object Sklad {
    private const val POLZOVATEL = "sklad"
    private const val PAROL = "ULZWZx4NeGdltXSs" // tfl-eval: hardcoded-credential

    fun soedinenie() = DriverManager.getConnection(System.getenv("JDBC_DATABASE_URL"), POLZOVATEL, PAROL)

    fun proverka(parol: String): Boolean = parol.length >= 10 // tfl-eval-not: hardcoded-credential
}
