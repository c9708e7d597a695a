package eu.cginternational.domain.agreement;

import eu.cginternational.domain.account.Language;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.institution.Institution;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One numbered version of an agreement: its title, its parties, its terms, its named signers in
 * order, who made it and when, and what became of it at signing. The parties are the version's own:
 * an amendment may take a company in or leave one out, and that changes nothing of the version in
 * force until the amendment is signed by all. Only the agreement changes a version, and only while it
 * is the draft; once sent it is frozen (its PDF is rendered once and signed by the signing engine)
 * and it stays readable for ever. Guarded by the agreement's optimistic lock.
 */
@Entity
@Table(name = "agreement_version")
public class AgreementVersion implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int REASON_MAXLENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, updatable = false)
    private Agreement agreement;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int number;

    @Column(name = "title", length = Agreement.TITLE_MAXLENGTH, nullable = false)
    private String title;

    @ManyToMany
    @JoinTable(name = "agreement_version_party", joinColumns = @JoinColumn(name = "version_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> parties = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_language", length = 3, nullable = false)
    private Language language;

    @Column(name = "objectives", length = AgreementTerms.OBJECTIVES_MAXLENGTH, nullable = false)
    private String objectives;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "mentors", nullable = false)
    private int mentors;

    @Column(name = "equipment", length = AgreementTerms.TEXT_MAXLENGTH)
    private String equipment;

    @Column(name = "guest_teaching", length = AgreementTerms.TEXT_MAXLENGTH)
    private String guestTeaching;

    @Column(name = "curriculum_input", length = AgreementTerms.TEXT_MAXLENGTH)
    private String curriculumInput;

    @Column(name = "contacts", length = AgreementTerms.TEXT_MAXLENGTH)
    private String contacts;

    @ElementCollection
    @CollectionTable(name = "agreement_placement", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_order")
    private List<PlacementCommitment> placements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_clause", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "item_order")
    private List<AgreementClause> clauses = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "agreement_signer", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "signing_order")
    private List<NamedSigner> signers = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "made_by_id", nullable = false)
    private UserAccount madeBy;

    @Column(name = "made_at", nullable = false)
    private Instant madeAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** The signing engine's frozen document of this version, once sent. */
    @Column(name = "signed_document_id")
    private Long signedDocumentId;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "declined_at")
    private Instant declinedAt;

    @Column(name = "decline_reason", length = REASON_MAXLENGTH)
    private String declineReason;

    /** When the side that sent it took it back from signature, to send it anew as the next version. */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected AgreementVersion() {
        // for JPA
    }

    AgreementVersion(Agreement agreement, int number, String title, Collection<Institution> parties, AgreementTerms terms,
            List<NamedSigner> signers, UserAccount madeBy, Instant madeAt) {
        this.agreement = agreement;
        this.number = number;
        write(title, parties, terms, signers, madeBy, madeAt);
    }

    /** Writes title, parties, terms and signers; called by the agreement only, while this is its draft. */
    final void write(String newTitle, Collection<Institution> newParties, AgreementTerms terms, List<NamedSigner> newSigners,
            UserAccount by, Instant at) {
        title = newTitle;
        parties.retainAll(newParties);
        parties.addAll(newParties);
        language = terms.language();
        objectives = terms.objectives();
        startDate = terms.startDate();
        endDate = terms.endDate();
        mentors = terms.mentors();
        equipment = terms.equipment();
        guestTeaching = terms.guestTeaching();
        curriculumInput = terms.curriculumInput();
        contacts = terms.contacts();
        // Each version's rows are objects of its own. An amendment starts from the terms and signers of the version
        // before; sharing those objects, the JPA provider kept each for one version only, and the other lost rows
        // (the version in force could lose its signers, who were then never warned of its end).
        placements.clear();
        terms.placements().stream().map(PlacementCommitment::copy).forEach(placements::add);
        clauses.clear();
        terms.clauses().stream().map(AgreementClause::copy).forEach(clauses::add);
        signers.clear();
        newSigners.stream().map(NamedSigner::copy).forEach(signers::add);
        madeBy = by;
        madeAt = at;
    }

    void sent(Instant at) {
        sentAt = at;
    }

    void completed(Instant at) {
        completedAt = at;
    }

    void declined(String reason, Instant at) {
        declineReason = reason;
        declinedAt = at;
    }

    void withdrawn(Instant at) {
        withdrawnAt = at;
    }

    /** Links the version to the signing engine's frozen document; set once, when sent. */
    public void frozenAs(long documentId) {
        if (sentAt == null || signedDocumentId != null) {
            throw new IllegalStateException("Version " + number + " is not being sent");
        }
        signedDocumentId = documentId;
    }

    public AgreementTerms getTerms() {
        return new AgreementTerms(language, objectives, startDate, endDate, placements, mentors, equipment, guestTeaching,
                curriculumInput, contacts, clauses);
    }

    /** Whether the version was sent for signature, and so never changes again. */
    public boolean isFrozen() {
        return sentAt != null;
    }

    /** Whether all its signers signed: the version was in force. */
    public boolean isSigned() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public Set<Institution> getParties() {
        return Collections.unmodifiableSet(parties);
    }

    public boolean isParty(Institution institution) {
        return parties.contains(institution);
    }

    public Language getLanguage() {
        return language;
    }

    public String getObjectives() {
        return objectives;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public int getMentors() {
        return mentors;
    }

    public String getEquipment() {
        return equipment;
    }

    public String getGuestTeaching() {
        return guestTeaching;
    }

    public String getCurriculumInput() {
        return curriculumInput;
    }

    public String getContacts() {
        return contacts;
    }

    public List<PlacementCommitment> getPlacements() {
        return Collections.unmodifiableList(placements);
    }

    public List<AgreementClause> getClauses() {
        return Collections.unmodifiableList(clauses);
    }

    public List<NamedSigner> getSigners() {
        return Collections.unmodifiableList(signers);
    }

    public UserAccount getMadeBy() {
        return madeBy;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Long getSignedDocumentId() {
        return signedDocumentId;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getDeclinedAt() {
        return declinedAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    /** When its sender withdrew it from signature; null otherwise, also when it was withdrawn because the agreement ended. */
    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }
}
