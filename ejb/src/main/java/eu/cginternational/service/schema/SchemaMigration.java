package eu.cginternational.service.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
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
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Applies the migrations of {@code db/changelog/changelog.xml} before anything else starts, so
 * that the application never runs against an older schema. Liquibase's lock table keeps two
 * instances from migrating at once.
 *
 * <p>The Liquibase {@code Database} is deliberately not closed: on embedded Derby that would shut
 * the whole database down under the server's connection pool. Only the borrowed connection is
 * returned.
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

    @PostConstruct
    void migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
            log.log(Level.INFO, "Database schema is up to date ({0})", database.getDatabaseProductName());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Could not bring the database schema up to date", e);
        } catch (Exception e) {
            throw new IllegalStateException("Schema migration failed", e);
        }
    }
}
