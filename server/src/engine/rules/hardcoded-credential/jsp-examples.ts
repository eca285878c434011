// JavaServer Pages examples: the Java of a page's scriptlets, declarations and expressions is read as
// Java in place; markup, directives, JSP comments and EL are not. Generated values, never real.
import type { Examples } from '../../rule';

export const jspExamples: Examples = {
  valid: [
    {
      name: 'a login form (password field, label, EL value), a commented-out scriptlet, a connection read from JNDI and the environment',
      path: 'src/main/webapp/login.jsp',
      code: `<%@ page contentType="text/html;charset=UTF-8" import="java.sql.*,javax.naming.*" %>
<%-- String dbPassword = "DZb0JogTtPfvdjQH"; (before the move to JNDI) --%>
<%
  DataSource ds = (DataSource) new InitialContext().lookup("java:comp/env/jdbc/shop");
  String apiKey = System.getenv("MAPS_API_KEY");
%>
<form method="post" action="login">
  <label>Password <input type="password" name="password" value="\${param.password}" placeholder="Password"></label>
  <p>Your api key: <%= apiKey %></p>
</form>
`,
    },
    {
      name: "the XML form of a scriptlet reading a context parameter",
      path: 'web/account.jspx',
      code: `<jsp:root xmlns:jsp="http://java.sun.com/JSP/Page" version="2.0">
  <jsp:scriptlet>String secret = application.getInitParameter("signing.secret");</jsp:scriptlet>
  <p>password: hunter-secret-label</p>
</jsp:root>
`,
    },
  ],
  invalid: [
    {
      name: "a database password handed to DriverManager in a page's scriptlet",
      path: 'src/main/webapp/products.jsp',
      code: `<%@ page import="java.sql.*" %>
<html><body>
<%
  Class.forName("com.mysql.cj.jdbc.Driver");
  Connection con = DriverManager.getConnection(System.getenv("DB_URL"), "shop", ⟦"cRb6TYLds1KIiI"⟧);
  ResultSet rs = con.createStatement().executeQuery("SELECT name FROM products");
%>
<ul><% while (rs.next()) { %><li><%= rs.getString("name") %></li><% } %></ul>
</body></html>
`,
    },
    {
      name: 'a key in a declaration and a token in the XML form of a scriptlet',
      path: 'WEB-INF/jspf/maps.jspf',
      code: `<%! private static final String MAPS_API_KEY = ⟦"Ib18CWxM5IlaDd6jf6ow"⟧; %>
<jsp:scriptlet>String authToken = ⟦"Zq8vKx2mWp4nRt6yLs0bHj3cZq8vKx2mQ7"⟧;</jsp:scriptlet>
<script src="https://maps.example.com/js?key=<%= MAPS_API_KEY %>"></script>
`,
    },
  ],
};
