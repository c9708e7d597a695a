package eu.cginternational.web.api;

import eu.cginternational.domain.agreement.Agreement;
import eu.cginternational.domain.agreement.AgreementAction;
import eu.cginternational.domain.agreement.AgreementEvent;
import eu.cginternational.domain.agreement.AgreementVersion;
import eu.cginternational.domain.agreement.Opportunity;
import eu.cginternational.domain.agreement.OpportunityApplication;
import eu.cginternational.domain.institution.Institution;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** What the API shows of agreements, opportunities and applications. */
public final class AgreementViews {

    private AgreementViews() {
    }

    public record Summary(Long id, String title, String status, Views.InstitutionRef draftedFor,
            List<Views.InstitutionRef> parties, int currentVersion, Integer versionInForce, LocalDate endsOn, Long version) {
        static Summary of(Agreement a) {
            return new Summary(a.getId(), a.getTitle(), a.getStatus().name(), Views.InstitutionRef.of(a.getDraftedFor()),
                    sorted(a.getParties()), a.getPrevailing().getNumber(), a.getInForce().map(AgreementVersion::getNumber).orElse(null),
                    a.getEndsOn(), a.getVersion());
        }
    }

    public record Placement(String iscoCode, String occupationTitle, int placementsPerYear) {
    }

    public record Clause(Long templateId, String title, String body) {
    }

    public record Signer(int order, Long accountId, String username, String fullName, Views.InstitutionRef institution) {
    }

    /** One version with its own title and parties: an amendment names those it will have once signed by all. */
    public record VersionView(int number, String title, List<Views.InstitutionRef> parties, String language, String objectives, LocalDate startDate, LocalDate endDate,
            List<Placement> placements, int mentors, String equipment, String guestTeaching, String curriculumInput,
            String contacts, List<Clause> clauses, List<Signer> signers, String madeBy, Instant madeAt, Instant sentAt,
            Long signedDocumentId, Instant completedAt, Instant declinedAt, String declineReason, boolean frozen,
            boolean withdrawn, Instant withdrawnAt, String document) {
        static VersionView of(AgreementVersion v) {
            List<Signer> signers = new java.util.ArrayList<>();
            for (int i = 0; i < v.getSigners().size(); i++) {
                var s = v.getSigners().get(i);
                signers.add(new Signer(i + 1, s.getAccount().getId(), s.getAccount().getUsername(), s.getAccount().getFullName(),
                        Views.InstitutionRef.of(s.getInstitution())));
            }
            return new VersionView(v.getNumber(), v.getTitle(), sorted(v.getParties()), v.getLanguage().name(), v.getObjectives(),
                    v.getStartDate(), v.getEndDate(),
                    v.getPlacements().stream().map(p -> new Placement(p.getIscoCode(), p.getOccupationTitle(),
                            p.getPlacementsPerYear())).toList(),
                    v.getMentors(), v.getEquipment(), v.getGuestTeaching(), v.getCurriculumInput(), v.getContacts(),
                    v.getClauses().stream().map(c -> new Clause(c.getTemplateId(), c.getTitle(), c.getBody())).toList(),
                    signers, v.getMadeBy().getUsername(), v.getMadeAt(), v.getSentAt(), v.getSignedDocumentId(),
                    v.getCompletedAt(), v.getDeclinedAt(), v.getDeclineReason(), v.isFrozen(), v.getAgreement().isWithdrawn(v),
                    v.getWithdrawnAt(), "/api/agreements/" + v.getAgreement().getId() + "/document?version=" + v.getNumber());
        }
    }

    public record Event(int versionNumber, String action, String actor, Instant occurredAt, String comment, String from,
            String to) {
        static Event of(AgreementEvent e) {
            return new Event(e.getVersionNumber(), e.getAction().name(), e.isTakenByThePlatform() ? null : e.getActor().getUsername(),
                    e.getOccurredAt(), e.getComment(), e.getBefore().name(), e.getAfter().name());
        }
    }

    /**
     * An agreement with every version; {@code current} is the version it stands on (a declined or withdrawn
     * amendment gives way to the version in force, and stays in {@code versions}), {@code signingDocument} that
     * version's document in the signing engine, when the caller may read it; {@code parties} those of the version
     * in force (before any was signed, of the newest), who hold the rights of a party.
     */
    public record Detail(Long id, String title, String status, Views.InstitutionRef draftedFor, String author,
            List<Views.InstitutionRef> parties, Integer versionInForce, LocalDate endsOn, Long version,
            VersionView current, List<VersionView> versions, List<Event> events, String nextSigner, List<String> actions,
            String signingDocument) {
        static Detail of(Agreement a, Set<AgreementAction> actions, String nextSigner, Long readableDocument) {
            return new Detail(a.getId(), a.getTitle(), a.getStatus().name(), Views.InstitutionRef.of(a.getDraftedFor()),
                    a.getAuthor().getUsername(), sorted(a.getParties()), a.getInForce().map(AgreementVersion::getNumber).orElse(null),
                    a.getEndsOn(), a.getVersion(), VersionView.of(a.getPrevailing()),
                    a.getVersions().stream().map(VersionView::of).toList(),
                    a.getEvents().stream().map(Event::of).toList(), nextSigner,
                    actions.stream().map(Enum::name).sorted().toList(),
                    readableDocument == null ? null : "/api/signing/documents/" + readableDocument);
        }
    }

    public record OpportunityView(Long id, Long agreementId, Views.InstitutionRef host, String iscoCode, String occupationTitle,
            String countryCode, String city, LocalDate startDate, LocalDate endDate, int seats, int seatsLeft,
            String workLanguage, String description, String status, String mobilityType, Long version) {
        static OpportunityView of(Opportunity o) {
            return new OpportunityView(o.getId(), o.getAgreement().getId(), Views.InstitutionRef.of(o.getHost()), o.getIscoCode(),
                    o.getOccupationTitle(), o.getCountry().getCode(), o.getCity(), o.getStartDate(), o.getEndDate(),
                    o.getSeats(), o.getSeatsLeft(), o.getWorkLanguage(), o.getDescription(), o.getStatus().name(),
                    o.getMobilityType().name(), o.getVersion());
        }
    }

    public record ApplicationView(Long id, Long opportunityId, String student, String motivation, Instant appliedAt,
            String status, String decidedBy, Instant decidedAt, String declineReason, Long mobilityId, Long version) {
        static ApplicationView of(OpportunityApplication a) {
            return new ApplicationView(a.getId(), a.getOpportunity().getId(), a.getStudent().getUsername(), a.getMotivation(),
                    a.getAppliedAt(), a.getStatus().name(), a.getDecidedBy() == null ? null : a.getDecidedBy().getUsername(),
                    a.getDecidedAt(), a.getDeclineReason(), a.getMobilityId(), a.getVersion());
        }
    }

    private static List<Views.InstitutionRef> sorted(Set<Institution> parties) {
        return parties.stream().sorted(Comparator.comparing(Institution::getName)).map(Views.InstitutionRef::of).toList();
    }
}
