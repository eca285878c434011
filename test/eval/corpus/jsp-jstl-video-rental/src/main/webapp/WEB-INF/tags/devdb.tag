<%@ tag description="Local development database for the tag-file demos" %>
<%@ taglib prefix="sql" uri="http://java.sun.com/jsp/jstl/sql" %>
<%@ attribute name="var" required="true" rtexprvalue="false" %>
<%@ variable name-from-attribute="var" alias="ds" scope="AT_END" %>
<sql:setDataSource var="ds" driver="org.postgresql.Driver" url="jdbc:postgresql://localhost:5432/rentals"
    user="${initParam['db.user']}" password="${initParam['db.password']}"/> <%-- tfl-eval-not: hardcoded-credential --%>
