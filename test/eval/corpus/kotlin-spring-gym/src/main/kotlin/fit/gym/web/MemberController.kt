package fit.gym.web

import jakarta.servlet.http.HttpServletRequest
import jakarta.servlet.http.HttpSession
import org.springframework.stereotype.Controller
import org.springframework.ui.Model
import org.springframework.web.bind.annotation.GetMapping
import org.springframework.web.bind.annotation.PostMapping
import org.springframework.web.bind.annotation.RequestParam

@Controller
class MemberController(private val members: MemberRepository) {

    @PostMapping("/login")
    fun login(@RequestParam card: String, @RequestParam password: String, request: HttpServletRequest): String {
        val member = members.authenticate(card, password) ?: return "redirect:/login?error"
        request.session.setAttribute("member", member) // tfl-eval: memory-session-store
        return "redirect:/classes"
    }

    @GetMapping("/classes")
    fun classes(session: HttpSession, model: Model): String {
        val member = session.getAttribute("member") as? Member ?: return "redirect:/login" // tfl-eval-not: memory-session-store
        model.addAttribute("bookings", members.bookings(member.id)) // tfl-eval-not: memory-session-store
        return "classes"
    }
}
