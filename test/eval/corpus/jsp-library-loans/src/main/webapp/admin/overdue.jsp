<%@ page contentType="text/html;charset=UTF-8" import="java.sql.*" %>
<html>
<head><title>Overdue loans</title></head>
<body>
<h1>Overdue loans</h1>
<%
    Class.forName("com.mysql.cj.jdbc.Driver");
    Connection con = DriverManager.getConnection("jdbc:mysql://localhost:3306/library", "root", "Catalog#2291"); // tfl-eval: hardcoded-credential, hardcoded-backing-service
    PreparedStatement ps = con.prepareStatement("SELECT title, due FROM loans WHERE due < NOW()");
    ResultSet rs = ps.executeQuery();
    while (rs.next()) {
%>
    <p><%= rs.getString("title") %> (<%= rs.getDate("due") %>)</p>
<%
    }
    con.close();
%>
<form action="login.jsp" method="post">
  <input type="password" name="password" placeholder="Enter password">
</form>
</body>
</html>
