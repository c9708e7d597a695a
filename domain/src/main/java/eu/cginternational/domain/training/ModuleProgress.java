package eu.cginternational.domain.training;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a participant stands in a self-paced module: the items in order and which of them are
 * finished (a lesson marked done, a quiz passed). The module is complete when it has items and all
 * are finished; the participant resumes at the first unfinished item.
 */
public record ModuleProgress(List<ModuleItem> items, Set<ModuleItem> finished) {

    public ModuleProgress {
        items = List.copyOf(items);
        finished = Set.copyOf(finished);
    }

    public int getDone() {
        return (int) items.stream().filter(finished::contains).count();
    }

    public int getTotal() {
        return items.size();
    }

    public boolean isComplete() {
        return !items.isEmpty() && getDone() == items.size();
    }

    public boolean isFinished(ModuleItem item) {
        return finished.contains(item);
    }

    /** The first item not finished yet, where the participant resumes; empty once complete. */
    public Optional<ModuleItem> next() {
        return items.stream().filter(item -> !finished.contains(item)).findFirst();
    }
}
