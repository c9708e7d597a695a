package eu.cginternational.service.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.logging.Logger;
import javax.sql.DataSource;
import liquibase.Scope;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;

class SchemaMigrationTest {

    @Test
    void migratesAnEmptyDatabaseAndLeavesNoLiquibaseScopeOnTheCallingThread() throws Exception {
        EmbeddedDataSource database = new EmbeddedDataSource();
        database.setDatabaseName("memory:schema-migration-test");
        database.setCreateDatabase("create");

        migrationOn(database).migrate();

        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet applied = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOG")) {
            applied.next();
            assertThat(applied.getInt(1)).isPositive();
        }
        // The server's deploying thread lives on: a scope left there holds the application's class loader.
        assertThat(liquibaseScopeManagerOfThisThread()).isNull();
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
