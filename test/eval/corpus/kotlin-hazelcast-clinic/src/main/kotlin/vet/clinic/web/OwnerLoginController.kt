package vet.clinic.web

import jakarta.servlet.http.HttpSession
import org.springframework.stereotype.Controller
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestParam

@Controller
class OwnerLoginController(private val owners: OwnerService) {

    @PostMapping("/owners/login")
    fun login(@RequestParam phone: String, @RequestParam pin: String, session: HttpSession): String {
        val owner = owners.verify(phone, pin) ?: return "redirect:/owners/login?error"
        session.setAttribute("ownerId", owner.id) // tfl-eval-not: memory-session-store
        return "redirect:/owners/pets"
    }
}
