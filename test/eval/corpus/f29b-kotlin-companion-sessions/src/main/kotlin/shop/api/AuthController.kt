package shop.api

import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestParam
import org.springframework.web.bind.annotation.RestController
import shop.ShopApplication
import java.util.UUID

@RestController
class AuthController(private val accounts: AccountService) {
    @PostMapping("/login")
    fun login(@RequestParam email: String, @RequestParam password: String): String {
        val account = accounts.verify(email, password) ?: return ""
        val sid = UUID.randomUUID().toString()
        ShopApplication.sessions[sid] = account.id // tfl-eval: memory-session-store
        return sid
    }

    @GetMapping("/currency")
    fun currency(@RequestParam code: String): String = ShopApplication.currencies[code] ?: code
}
