package eu.cginternational.domain.agreement;

import eu.cginternational.domain.account.Language;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one version of an agreement says: the language it is written in, its objectives, the
 * commitments of the parties (placements per year by occupation, mentors, equipment, guest
 * teaching, curriculum input), its period, the contacts and its clauses. A value; the service
 * checks the lengths first and tells the person which field to correct.
 */
public record AgreementTerms(Language language, String objectives, LocalDate startDate, LocalDate endDate,
        List<PlacementCommitment> placements, int mentors, String equipment, String guestTeaching,
        String curriculumInput, String contacts, List<AgreementClause> clauses) implements Serializable {

    public static final int OBJECTIVES_MAXLENGTH = 4000;
    public static final int TEXT_MAXLENGTH = 2000;
    public static final int MAX_MENTORS = 1000;

    public AgreementTerms {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        if (objectives == null || objectives.isBlank()) {
            throw new IllegalArgumentException("The objectives are required");
        }
        if (endDate.isBefore(startDate)) {
            throw new AgreementRuleException(AgreementRuleException.Rule.END_BEFORE_START);
        }
        if (mentors < 0 || mentors > MAX_MENTORS) {
            throw new IllegalArgumentException("Mentors out of range: " + mentors);
        }
        objectives = objectives.strip();
        placements = List.copyOf(placements);
        clauses = List.copyOf(clauses);
        equipment = blankToNull(equipment);
        guestTeaching = blankToNull(guestTeaching);
        curriculumInput = blankToNull(curriculumInput);
        contacts = blankToNull(contacts);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
