package eu.cginternational.web.view.account;

import eu.cginternational.service.retention.Retention;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /account/data.xhtml}: what the platform keeps about the person, how long, and the export of it. */
@Named
@RequestScoped
public class MyDataBacking {

    @Inject
    Retention retention;

    public int getNotificationDays() {
        return retention.notificationDays();
    }

    public int getEmailDays() {
        return retention.emailDays();
    }
}
