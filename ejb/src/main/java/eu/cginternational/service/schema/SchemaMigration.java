package eu.cginternational.service.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the migrations of {@code db/changelog/changelog.xml} before anything else starts, so
 * that the application never runs against an older schema. Liquibase's lock table keeps two
 * instances from migrating at once.
 *
 * <p>The Liquibase {@code Database} is deliberately not closed: on embedded Derby that would shut
 * the whole database down under the server's connection pool. Only the borrowed connection is
 * returned.
 *
 * <p>Liquibase runs on a thread of its own that ends with the migration: Liquibase keeps its root
 * scope, and with it this application's class loader, in an inheritable thread local of whichever
 * thread calls it, and its API cannot remove it. On the server's deploying thread that kept every
 * replaced version of the application in memory, one more at each redeployment.
 */
@Singleton
@Startup
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    static final String CHANGELOG = "db/changelog/changelog.xml";

    @Inject
    Logger log;

    @Resource(lookup = "jdbc/cg")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    @PostConstruct
    void migrate() {
        FutureTask<String> migration = new FutureTask<>(this::update);
        threads.newThread(migration).start();
        try {
            log.log(Level.INFO, "Database schema is up to date ({0})", migration.get());
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not bring the database schema up to date", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Schema migration was interrupted", e);
        }
    }

    /** Applies the pending migrations and answers the database product's name. */
    private String update() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
            // Liquibase turns auto-commit off and commits each change it runs, but not its last reading of the change
            // log, which is all it does when nothing is to run: a connection of no pool refuses to close inside it.
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            // The connection goes back to the pool as it came, for whoever borrows it next.
            connection.setAutoCommit(autoCommit);
            return database.getDatabaseProductName();
        }
    }
}
