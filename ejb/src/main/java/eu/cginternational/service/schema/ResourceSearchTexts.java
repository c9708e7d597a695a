package eu.cginternational.service.schema;

import eu.cginternational.domain.guidance.GuidanceResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import liquibase.change.custom.CustomTaskChange;
import liquibase.database.Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.CustomChangeException;
import liquibase.exception.ValidationErrors;
import liquibase.resource.ResourceAccessor;

/**
 * Migration 042: computes the search text of every resource of the library again, as a change of the resource now
 * would ({@link GuidanceResource#searchText}). The folding is Java's (accents, ligatures, character references), which
 * no SQL of both databases can repeat. Only the search text is written; the resource keeps its version and time of
 * change, as nothing a person wrote has changed.
 */
public class ResourceSearchTexts implements CustomTaskChange {

    private int recomputed;

    @Override
    public void execute(Database database) throws CustomChangeException {
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        try {
            Map<Long, String> changed = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, title, summary_text, topics, body_html, search_text FROM guidance_resource");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String searchText = GuidanceResource.searchText(rows.getString("title"), rows.getString("summary_text"),
                            rows.getString("topics"), rows.getString("body_html"));
                    if (!searchText.equals(rows.getString("search_text"))) {
                        changed.put(rows.getLong("id"), searchText);
                    }
                }
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE guidance_resource SET search_text = ? WHERE id = ?")) {
                for (Map.Entry<Long, String> resource : changed.entrySet()) {
                    update.setString(1, resource.getValue());
                    update.setLong(2, resource.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
            recomputed = changed.size();
        } catch (SQLException e) {
            throw new CustomChangeException("Could not compute the search texts of the library again", e);
        }
    }

    @Override
    public String getConfirmationMessage() {
        return recomputed + " search texts of the library computed again";
    }

    @Override
    public void setUp() {
        // nothing to prepare
    }

    @Override
    public void setFileOpener(ResourceAccessor resourceAccessor) {
        // reads no files
    }

    @Override
    public ValidationErrors validate(Database database) {
        return new ValidationErrors();
    }
}
