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
    {
      name: "JSTL tags: a data source from JNDI, a login from context parameters (EL), a message key, a Spring form's password field, a page title",
      path: 'src/main/webapp/returns.jsp',
      code: `<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<sql:setDataSource var="rentals" dataSource="jdbc/rentals"/>
<sql:setDataSource var="dev" url="jdbc:postgresql://localhost/rentals" user="\${initParam['db.user']}" password="\${initParam['db.password']}"/>
<c:set var="pageTitle" value="Late fees (password protected area)"/>
<c:set var="passwordField" value="password"/>
<fmt:message key="login.password"/>
<form:password path="password" cssClass="input"/>
<spring:message code="password.reset.subject"/>
<input type="password" name="password" value="" placeholder="password"/>
`,
    },
  ],
  invalid: [
    {
      name: "JSTL tags: <sql:setDataSource>'s password, a data source string's fourth part, a token set into a variable",
      path: 'src/main/webapp/admin/late-fees.jsp',
      code: `<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<sql:setDataSource var="reports" driver="com.mysql.cj.jdbc.Driver"
    url="jdbc:mysql://reports-db.example.com:3306/rentals_ro" user="reports_ro"
    password="⟦m8KzQ3pYtW6sHd1v⟧"/>
<sql:setDataSource var="legacy" dataSource="jdbc:mysql://legacy-db.example.com/rentals,com.mysql.cj.jdbc.Driver,legacy,⟦Jr5cWn2xLq8tHv7b⟧"/>
<c:set var="smsGatewayToken" value="⟦gw_7fd2a9c41e8b5036d9ac47e1b2f85c03⟧" scope="application"/>
`,
    },
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
