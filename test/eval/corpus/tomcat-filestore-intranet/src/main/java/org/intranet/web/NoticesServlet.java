package org.intranet.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

@WebServlet("/notices")
public class NoticesServlet extends HttpServlet {
    private static final Map<String, String> CATEGORY_TITLES = Map.of("hr", "People", "it", "IT desk", "fac", "Facilities"); // tfl-eval-not: memory-session-store

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.getSession().setAttribute("lastCategory", req.getParameter("c"));
        resp.setContentType("text/plain");
        resp.getWriter().println(CATEGORY_TITLES.getOrDefault(req.getParameter("c"), "All notices"));
    }
}
