package eu.cginternational.service.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.OptimisticLockException;
import org.eclipse.persistence.logging.SessionLog;
import org.eclipse.persistence.logging.SessionLogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A lost race is logged without a warning; every other failure EclipseLink reports stays one. */
class PlatformSessionLogTest {

    /** The logger of a session log that belongs to no session. */
    private final Logger logger = Logger.getLogger("org.eclipse.persistence");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level levelBefore;

    @BeforeEach
    void recordEverything() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.setUseParentHandlers(false);
        logger.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        logger.removeHandler(recorder);
        logger.setUseParentHandlers(true);
        logger.setLevel(levelBefore);
    }

    /** 23505: a key taken; 23503: a row referred to deleted; 40001: a deadlock; 40XL1: a lock timeout (Derby). */
    @ParameterizedTest
    @ValueSource(strings = {"23505", "23503", "40001", "40XL1"})
    void aWriteRefusedForAConcurrentTransactionIsNoWarning(String sqlState) {
        new PlatformSessionLog().log(warningOf(refusedBy(sqlState)));

        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.FINE);
    }

    @Test
    void aStaleVersionIsNoWarning() {
        new PlatformSessionLog().log(warningOf(new OptimisticLockException() { }));

        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.FINE);
    }

    /** 22001: a value too long; 23502: a null where none may be; 42X05: a table missing. */
    @ParameterizedTest
    @ValueSource(strings = {"22001", "23502", "42X05"})
    void anyOtherFailureStaysAWarning(String sqlState) {
        new PlatformSessionLog().log(warningOf(refusedBy(sqlState)));

        assertThat(records).extracting(LogRecord::getLevel).containsExactly(Level.WARNING);
    }

    @Test
    void aLostRaceIsNotLoggedAtAllWhenOnlyWarningsAreWanted() {
        logger.setLevel(Level.WARNING);

        new PlatformSessionLog().log(warningOf(refusedBy("23505")));

        assertThat(records).isEmpty();
    }

    private static DatabaseException refusedBy(String sqlState) {
        return DatabaseException.sqlException(new SQLException("refused by the database", sqlState));
    }

    private static SessionLogEntry warningOf(Throwable failure) {
        return new SessionLogEntry(null, SessionLog.WARNING, null, failure);
    }
}
