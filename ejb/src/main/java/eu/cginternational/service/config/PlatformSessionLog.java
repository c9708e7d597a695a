package eu.cginternational.service.config;

import org.eclipse.persistence.exceptions.OptimisticLockException;
import org.eclipse.persistence.logging.JavaLog;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;

/**
 * EclipseLink's log on the server (the one Payara's platform uses), except for lost races. EclipseLink logs every
 * exception it throws as a warning with its whole stack trace before the service sees it, so each "changed meanwhile"
 * that two people caused by saving at once left a hundred lines in the server log, in a log where warnings should
 * call for a look. A write refused for what a concurrent transaction did (a stale version, a key taken, a row gone, a
 * lock lost: what {@link Persistence#flushOrReportConflict} tells the person) is logged at FINE instead. Any other
 * failure stays a warning; a lost race that no service handles is logged again, as a system exception, by the EJB
 * container. Named in persistence.xml ({@code eclipselink.logging.logger}).
 */
public class PlatformSessionLog extends JavaLog {

    @Override
    public void log(SessionLogEntry entry) {
        if (entry.getLevel() == SessionLog.WARNING && entry.hasException() && lostRace(entry.getException())) {
            entry.setLevel(SessionLog.FINE);
        }
        super.log(entry);
    }

    private static boolean lostRace(Throwable failure) {
        return failure instanceof OptimisticLockException || Persistence.lostRace(failure);
    }
}
