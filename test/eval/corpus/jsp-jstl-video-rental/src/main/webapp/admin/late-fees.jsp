<%@ page contentType="text/html;charset=UTF-8" language="java" %>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<%-- Reporting replica, read-only account. --%>
<sql:setDataSource
    var="reports"
    driver="com.mysql.cj.jdbc.Driver"
    url="jdbc:mysql://reports-db.reelhouse.lan:3306/rentals_ro"
    user="reports_ro"
    password="m8KzQ3pYtW6sHd1v" /> <%-- tfl-eval: hardcoded-credential --%>
<c:set var="smsGatewayToken" value="gw_7fd2a9c41e8b5036d9ac47e1b2f85c03" scope="application"/> <%-- tfl-eval: hardcoded-credential --%>
<c:set var="pageTitle" value="Late fees (password protected area)"/> <%-- tfl-eval-not: hardcoded-credential --%>
<sql:query dataSource="${reports}" var="late">
  SELECT m.name, r.due_at, r.fee FROM rentals r JOIN members m ON m.id = r.member_id WHERE r.due_at < now()
</sql:query>
<h1>${pageTitle}</h1>
<form method="post" action="${pageContext.request.contextPath}/admin/notify">
  <label for="pw">Confirm your password</label>
  <input type="password" id="pw" name="password" value="" placeholder="password"/>
  <input type="hidden" name="token" value="${sessionScope.csrfToken}"/>
  <button>Text the members</button>
</form>
