package com.acme.hr.directory.portlet;

import com.liferay.portal.kernel.portlet.bridges.mvc.MVCPortlet;
import org.osgi.service.component.annotations.Component;

import javax.portlet.Portlet;
import javax.portlet.PortletException;
import javax.portlet.RenderRequest;
import javax.portlet.RenderResponse;
import java.io.IOException;

@Component(
    immediate = true,
    property = {
        "com.liferay.portlet.display-category=category.hr",
        "javax.portlet.display-name=Employee Directory",
        "javax.portlet.init-param.view-template=/view.jsp",
        "javax.portlet.name=com_acme_hr_directory_DirectoryPortlet",
        "javax.portlet.resource-bundle=content.Language",
        "javax.portlet.security-role-ref=power-user,user"
    },
    service = Portlet.class
)
public class DirectoryPortlet extends MVCPortlet {

    private final WorkdayClient workday = new WorkdayClient(
            "https://wd5-services1.myworkday.com/ccx/service/acme",
            "ISU_Liferay_Directory",
            "Wd!Isu-77kQpZr2"); // tfl-eval: hardcoded-credential

    @Override
    public void doView(RenderRequest request, RenderResponse response) throws IOException, PortletException {
        request.setAttribute("employees", workday.listActiveWorkers());
        super.doView(request, response);
    }
}
