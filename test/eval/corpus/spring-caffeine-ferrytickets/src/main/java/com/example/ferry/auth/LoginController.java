package com.example.ferry.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class LoginController {
    private final PassengerSessions sessions;

    public LoginController(PassengerSessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/login")
    public void login(@RequestParam long passengerId, @RequestParam String email, HttpServletResponse response) {
        Cookie cookie = new Cookie("ferry_session", sessions.open(new PassengerSessions.Passenger(passengerId, email)));
        cookie.setHttpOnly(true);
        cookie.setSecure(true);
        response.addCookie(cookie);
    }
}
