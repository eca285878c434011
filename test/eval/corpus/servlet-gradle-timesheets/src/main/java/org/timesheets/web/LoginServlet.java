package org.timesheets.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

@WebServlet("/login")
public class LoginServlet extends HttpServlet {
    private final EmployeeDao employees = new EmployeeDao();

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
        Employee employee = employees.checkPassword(req.getParameter("badge"), req.getParameter("password"));
        if (employee == null) {
            req.setAttribute("error", "Badge or password is wrong"); // tfl-eval-not: memory-session-store
            req.getRequestDispatcher("/WEB-INF/login.jsp").forward(req, resp);
            return;
        }
        HttpSession session = req.getSession(true);
        session.setAttribute("employeeId", employee.getId()); // tfl-eval: memory-session-store
        session.setMaxInactiveInterval(8 * 60 * 60);
        resp.sendRedirect(req.getContextPath() + "/week");
    }
}
