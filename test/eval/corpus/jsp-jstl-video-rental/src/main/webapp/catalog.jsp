<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt" %>
<%-- Quick catalogue page; the store manager asked for it before the Spring rewrite. --%>
<sql:setDataSource var="rentals" driver="org.postgresql.Driver"
    url="jdbc:postgresql://pg-rentals.reelhouse.lan:5432/rentals"
    user="rentals_web" password="Tq7vLw2cXe9RbN4k"/> <%-- tfl-eval: hardcoded-credential --%>
<sql:query dataSource="${rentals}" var="films">
  SELECT id, title, year, daily_rate FROM films WHERE active = true ORDER BY title
</sql:query>
<html>
<head><title><fmt:message key="catalog.title"/></title></head>
<body>
<table>
  <c:forEach var="film" items="${films.rows}">
    <tr><td><c:out value="${film.title}"/></td><td>${film.year}</td><td><fmt:formatNumber value="${film.daily_rate}" type="currency"/></td></tr>
  </c:forEach>
</table>
</body>
</html>
