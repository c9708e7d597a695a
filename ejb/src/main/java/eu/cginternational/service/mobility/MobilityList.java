package eu.cginternational.service.mobility;

import eu.cginternational.service.query.Page;
import java.io.Serializable;

/**
 * What the mobility list page shows besides its rows: whether the caller's school has the mobilities it hosts in a list
 * apart ({@code hosted=true}), and the most rows an export gives ({@code cg.list.export-max-rows}).
 */
public record MobilityList(Page<MobilityRow> page, boolean hostedApart, int exportMaxRows) implements Serializable {
}
