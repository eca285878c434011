<%@ page contentType="text/html;charset=UTF-8" %>
<%
    String expectedPassword = "Stacks-Vellum-77"; // tfl-eval: hardcoded-credential
    String given = request.getParameter("password");
    if (given != null && given.equals(expectedPassword)) {
        session.setAttribute("librarian", Boolean.TRUE);
        response.sendRedirect("overdue.jsp");
        return;
    }
%>
<p>Invalid password</p>
