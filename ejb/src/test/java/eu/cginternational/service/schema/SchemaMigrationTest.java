package eu.cginternational.service.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import liquibase.Scope;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    /** An e-mail of the outbox: its status and next attempt. */
    private static final String EMAIL = "INSERT INTO outbox_message (version, created_at, updated_at, recipient, subject,"
            + " body, status, attempts, next_attempt_at, holds_sign_in_link)"
            + " VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'someone@school.example', 'A subject', 'A text', ?, 1, ?, FALSE)";

    @Test
    void migratesAnEmptyDatabaseAndLeavesNoLiquibaseScopeOnTheCallingThread() throws Exception {
        EmbeddedDataSource database = migrated("schema-migration-test");

        assertThat(appliedChanges(database)).isPositive();
        // The server's deploying thread lives on: a scope left there holds the application's class loader.
        assertThat(liquibaseScopeManagerOfThisThread()).isNull();
    }

    /**
     * Every start but the first finds nothing to run. On a connection that is not the server's pool (plain embedded Derby),
     * Liquibase's reading of its change log left a transaction open, and closing the connection refused it.
     */
    @Test
    void aDatabaseAlreadyUpToDateIsMigratedAgainWithoutChange() throws Exception {
        EmbeddedDataSource database = migrated("schema-migration-again-test");
        int applied = appliedChanges(database);

        migrationOn(database).migrate();

        assertThat(appliedChanges(database)).isEqualTo(applied);
    }

    private static int appliedChanges(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet applied = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            applied.next();
            return applied.getInt(1);
        }
    }

    /**
     * The delivery's query for the e-mails due (the SQL of {@code OutboxMessage.due}, at most 50), every 30 seconds,
     * finds them among every e-mail sent in the retention's 90 days. It reads the pending ones from the index of migration
     * 043, in the query's order, not the whole table (Derby's plan of its run).
     */
    @Test
    void theDeliveryFindsTheEmailsDueWithoutReadingTheSentOnes() throws Exception {
        EmbeddedDataSource database = migrated("schema-migration-outbox-due-test");
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            emails(connection, "SENT", 5_000);
            long due = inserted(connection, EMAIL, "PENDING", null);
            inserted(connection, EMAIL, "PENDING", Timestamp.from(Instant.now().plus(Duration.ofMinutes(1))));
            emails(connection, "FAILED", 10);
            // as Derby's statistics daemon keeps them on a database in use: three statuses, a third of the rows each
            statement.execute("CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'OUTBOX_MESSAGE', NULL)");
            statement.execute("CALL SYSCS_UTIL.SYSCS_SET_RUNTIMESTATISTICS(1)");

            List<Long> found = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT ID FROM outbox_message WHERE ((STATUS = ?)"
                    + " AND ((NEXT_ATTEMPT_AT IS NULL) OR (NEXT_ATTEMPT_AT <= ?))) ORDER BY ID")) {
                query.setString(1, "PENDING");
                query.setTimestamp(2, Timestamp.from(Instant.now()));
                query.setMaxRows(50);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                }
            }
            String plan;
            try (ResultSet statistics = statement.executeQuery("VALUES SYSCS_UTIL.SYSCS_GET_RUNTIMESTATISTICS()")) {
                statistics.next();
                plan = statistics.getString(1);
            }

            assertThat(found).containsExactly(due);
            assertThat(plan).contains("Index Scan ResultSet for OUTBOX_MESSAGE using index IX_OUTBOX_STATUS_ID_NEXT")
                    .doesNotContain("Sort ResultSet");
            Matcher visited = Pattern.compile("Number of rows visited=(\\d+)").matcher(plan);
            assertThat(visited.find()).isTrue();
            assertThat(Integer.parseInt(visited.group(1))).as("index entries read").isLessThan(10);
        }
    }

    private static void emails(Connection connection, String status, int count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(EMAIL)) {
            for (int i = 0; i < count; i++) {
                insert.setString(1, status);
                insert.setTimestamp(2, null);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * Migration 031 on mobilities made before it: it is applied to a database holding them (its record in the
     * change log deleted, so that it runs again), and each takes its creator from the one audit event of its creation.
     */
    @Test
    void mobilitiesMadeBeforeTheCreatorWasRecordedTakeItFromTheAuditLogWhenItTellsItUnambiguously() throws Exception {
        EmbeddedDataSource database = migrated("schema-migration-created-by-test");
        Map<String, Long> mobilities = new HashMap<>();
        long teacher;
        long student;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            long school = institution(connection, "A VET school", "VET_SCHOOL", "AL");
            long host = institution(connection, "A host", "COMPANY", "ES");
            teacher = account(connection, "teacher.one", school);
            student = account(connection, "student.one", school);
            for (String name : new String[] {"by the teacher", "by the student", "untold", "told twice", "by nobody known"}) {
                mobilities.put(name, mobility(connection, student, school, host));
            }
            created(connection, mobilities.get("by the teacher"), "teacher.one");
            // a later step by someone else is no creation
            audit(connection, "MOBILITY_STATUS_CHANGED", "student.one", mobilities.get("by the teacher"));
            created(connection, mobilities.get("by the student"), "student.one");
            created(connection, mobilities.get("told twice"), "teacher.one");
            created(connection, mobilities.get("told twice"), "student.one");
            created(connection, mobilities.get("by nobody known"), "somebody.gone");
            statement.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID = '031-mobility-created-by-from-audit-log'");
        }

        migrationOn(database).migrate();

        assertThat(creatorOf(database, mobilities.get("by the teacher"))).isEqualTo(teacher);
        assertThat(creatorOf(database, mobilities.get("by the student"))).isEqualTo(student);
        assertThat(creatorOf(database, mobilities.get("untold"))).isNull();
        assertThat(creatorOf(database, mobilities.get("told twice"))).isNull();
        assertThat(creatorOf(database, mobilities.get("by nobody known"))).isNull();
    }

    /**
     * Migration 042 on resources saved while character references were indexed as words: it is applied to a database
     * holding one (its record in the change log deleted, so that it runs again), whose search text is then the one a
     * change would compute, while its version stays.
     */
    @Test
    void resourcesSavedWithReferencesAsWordsAreFoundByTheirWordsOnly() throws Exception {
        EmbeddedDataSource database = migrated("schema-migration-search-text-test");
        long resource;
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            long school = institution(connection, "A VET school", "VET_SCHOOL", "AL");
            long author = account(connection, "teacher.one", school);
            resource = inserted(connection, "INSERT INTO guidance_resource (version, created_at, updated_at, title,"
                    + " summary_text, kind, resource_language, audiences, topics, body_html, status, author_id, search_text)"
                    + " VALUES (3, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'Tools &amp; tips', 'For Shkoll\u00EB', 'GUIDE',"
                    + " 'EN', ';TEACHER;', ';cv;interviews;', ?, 'PUBLISHED', ?, ?)",
                    "<p>Don&#39;t&nbsp;wait &amp; see</p>", author,
                    " tools amp tips for shkolle cv interviews don 39 t nbsp wait amp see ");
            statement.executeUpdate("DELETE FROM DATABASECHANGELOG WHERE ID = '042-resource-search-texts-recomputed'");
        }

        migrationOn(database).migrate();

        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT search_text, version FROM guidance_resource WHERE id = ?")) {
            query.setLong(1, resource);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                assertThat(row.getString("search_text")).isEqualTo(" tools tips for shkolle cv interviews don t wait see ");
                assertThat(row.getLong("version")).isEqualTo(3);
            }
        }
    }

    /** A new database in memory with the schema of every migration. */
    private static EmbeddedDataSource migrated(String name) {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:" + name);
        database.setCreateDatabase("create");
        migrationOn(database).migrate();
        return database;
    }

    private static long institution(Connection connection, String name, String type, String country) throws SQLException {
        return inserted(connection, "INSERT INTO institution (version, created_at, updated_at, name, type, country_code, city,"
                + " latitude, longitude, active) VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?, 'City', 41.0, 19.0, TRUE)",
                name, type, country);
    }

    private static long account(Connection connection, String username, long school) throws SQLException {
        return inserted(connection, "INSERT INTO user_account (version, created_at, updated_at, username, email, full_name,"
                + " password_hash, institution_id, language, active, failed_logins)"
                + " VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, ?, ?, 'hash', ?, 'SQ', TRUE, 0)",
                username, username + "@example.org", username, school);
    }

    private static long mobility(Connection connection, long participant, long school, long host) throws SQLException {
        return inserted(connection, "INSERT INTO mobility (version, created_at, updated_at, participant_id, type,"
                + " sending_school_id, host_id, start_date, end_date, status, green_travel, inclusion_support, sending_country_code)"
                + " VALUES (1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?, 'LEARNER_SHORT_TERM', ?, ?, DATE('2027-05-03'),"
                + " DATE('2027-05-23'), 'DRAFT', FALSE, FALSE, 'AL')", participant, school, host);
    }

    private static void created(Connection connection, long mobility, String actor) throws SQLException {
        audit(connection, "MOBILITY_CREATED", actor, mobility);
    }

    /** An event about the mobility as the platform records it. */
    private static void audit(Connection connection, String type, String actor, long mobility) throws SQLException {
        inserted(connection, "INSERT INTO audit_event (occurred_at, type, actor, target, detail)"
                + " VALUES (CURRENT_TIMESTAMP, ?, ?, ?, 'LEARNER_SHORT_TERM')", type, actor, "mobility " + mobility);
    }

    private static long inserted(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private static Long creatorOf(DataSource database, long mobility) throws SQLException {
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT created_by_id FROM mobility WHERE id = ?")) {
            query.setLong(1, mobility);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long id = row.getLong(1);
                return row.wasNull() ? null : id;
            }
        }
    }

    /** A pool's connection goes back as it was lent: the next borrower, a container transaction, expects auto-commit on. */
    @Test
    void theConnectionGoesBackWithAutoCommitAsItWasLent() throws Exception {
        EmbeddedDataSource database = migrated("schema-migration-auto-commit-test");
        List<Boolean> autoCommitWhenClosed = new ArrayList<>();
        DataSource pool = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, arguments) -> {
                    if (!method.getName().equals("getConnection")) {
                        return method.invoke(database, arguments);
                    }
                    Connection lent = database.getConnection();
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (connection, call, values) -> {
                                if (call.getName().equals("close")) {
                                    autoCommitWhenClosed.add(lent.getAutoCommit());
                                }
                                return call.invoke(lent, values);
                            });
                });

        migrationOn(pool).migrate();

        assertThat(autoCommitWhenClosed).isNotEmpty().containsOnly(true);
    }

    @Test
    void aDatabaseThatCannotBeReachedStopsTheStartWithItsCause() {
        SQLException unreachable = new SQLException("no database here");
        DataSource database = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
                    throw unreachable;
                });

        assertThatThrownBy(() -> migrationOn(database).migrate())
                .isInstanceOf(IllegalStateException.class)
                .hasCause(unreachable);
    }

    private static SchemaMigration migrationOn(DataSource database) {
        SchemaMigration migration = new SchemaMigration();
        migration.dataSource = database;
        migration.log = Logger.getLogger(SchemaMigration.class.getName());
        migration.threads = new ManagedThreadFactory() {
            @Override
            public Thread newThread(Runnable task) {
                return new Thread(task, "schema-migration-test");
            }

            @Override
            public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
                return ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            }
        };
        return migration;
    }

    /**
     * The value of Liquibase's own inheritable thread local (its API can replace the value, not read or remove it).
     * Reading an absent value stores a null, which Liquibase cannot pass on to a new thread, so the entry goes again.
     */
    private static Object liquibaseScopeManagerOfThisThread() throws ReflectiveOperationException {
        Field field = Scope.class.getDeclaredField("scopeManager");
        field.setAccessible(true);
        ThreadLocal<?> scopeManager = (ThreadLocal<?>) field.get(null);
        try {
            return scopeManager.get();
        } finally {
            scopeManager.remove();
        }
    }
}
