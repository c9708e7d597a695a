package eu.cginternational.web.api;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.mobility.Mobility;
import eu.cginternational.domain.mobility.MobilityAction;
import eu.cginternational.domain.mobility.MobilityStep;
import eu.cginternational.service.mobility.MobilityRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** What the API shows of mobilities. */
public final class MobilityViews {

    private MobilityViews() {
    }

    public record Person(Long id, String username, String fullName) {
    }

    public record Summary(Long id, String type, String status, Person participant, Views.InstitutionRef sendingSchool,
            Views.InstitutionRef host, LocalDate startDate, LocalDate endDate, long days, String iscoCode, Long version) {
        static Summary of(MobilityRow m) {
            return new Summary(m.id(), m.type().name(), m.status().name(),
                    new Person(m.participant().id(), m.participant().username(), m.participant().fullName()),
                    institution(m.sendingSchool()), institution(m.host()),
                    m.startDate(), m.endDate(), m.days(), m.iscoCode(), m.version());
        }

        private static Views.InstitutionRef institution(MobilityRow.Organisation organisation) {
            return new Views.InstitutionRef(organisation.id(), organisation.name(), organisation.countryCode());
        }
    }

    /**
     * One step; the actor is absent for steps the platform took by itself. A host reads each step without who
     * took it and what they wrote: those are the school's, the ministry's and the participant's.
     */
    public record Step(String action, String actor, Instant occurredAt, String comment, String from, String to) {
        static Step of(MobilityStep s) {
            return new Step(s.getAction().name(), s.isTakenByThePlatform() ? null : s.getActor().getUsername(),
                    s.getOccurredAt(), s.getComment(),
                    s.getBefore().name(), s.getAfter().name());
        }

        static Step forHost(MobilityStep s) {
            return new Step(s.getAction().name(), null, s.getOccurredAt(), null, s.getBefore().name(), s.getAfter().name());
        }
    }

    /**
     * One mobility as the caller may read it, with who created it when that is known. A reader who sees it only as
     * its host ({@code MobilityService.seesOnlyAsHost}) gets no {@code inclusionSupport} (fewer opportunities), no
     * {@code report}, neither who created it nor the history's actors and comments; absent values are left out of the
     * JSON.
     */
    public record Detail(Long id, String type, String status, Person participant, Person createdBy,
            Views.InstitutionRef sendingSchool, Views.InstitutionRef host, String hostCity, LocalDate startDate,
            LocalDate endDate, long days,
            boolean greenTravel, Boolean inclusionSupport, String iscoCode, Long version,
            String report, List<Step> history, List<String> actions) {
        static Detail of(Mobility m, Set<MobilityAction> actions, boolean seenOnlyAsHost) {
            return new Detail(m.getId(), m.getType().name(), m.getStatus().name(), person(m.getParticipant()),
                    seenOnlyAsHost || m.getCreatedBy() == null ? null : person(m.getCreatedBy()),
                    Views.InstitutionRef.of(m.getSendingSchool()), Views.InstitutionRef.of(m.getHost()),
                    m.getHost().getCity(), m.getStartDate(), m.getEndDate(), m.getDays(),
                    m.isGreenTravel(), seenOnlyAsHost ? null : m.isInclusionSupport(), m.getIscoCode(), m.getVersion(),
                    seenOnlyAsHost ? null : m.getReport(),
                    m.getHistory().stream().map(seenOnlyAsHost ? Step::forHost : Step::of).toList(),
                    actions.stream().map(Enum::name).sorted().toList());
        }
    }

    private static Person person(UserAccount account) {
        return new Person(account.getId(), account.getUsername(), account.getFullName());
    }
}
