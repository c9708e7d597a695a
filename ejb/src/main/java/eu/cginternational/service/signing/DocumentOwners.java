package eu.cginternational.service.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The owners of the signed documents ({@link DocumentOwner}) asked together, each about the documents of its kind, on
 * top of the engine's one rule of its own about acting: an account no longer active acts on nothing, whatever it signs.
 * The engine asks who reads a document, before a signature or a decline and for the inbox, the reminders which signers
 * to look at and before reminding, the notices whether to tell the sender, or whom in their place, and the audit
 * certificate on which clock to write its moments.
 */
@Dependent
class DocumentOwners {

    @Inject
    @Any
    Instance<DocumentOwner> owners;

    /**
     * Whether the caller may read the document: by its owner's rule ({@link DocumentOwner#mayRead}), the engine's own
     * ({@link SigningAccess}) for a kind nobody owns.
     */
    boolean mayRead(UserAccount caller, SignedDocument document) {
        List<DocumentOwner> answering = of(document.getKind()).toList();
        return answering.isEmpty() ? SigningAccess.mayRead(caller, document)
                : answering.stream().allMatch(owner -> owner.mayRead(caller, document));
    }

    /** The clock of the document's PDF ({@link DocumentOwner#clock}), its sender's for a kind nobody owns. */
    ZoneId clock(SignedDocument document) {
        return of(document.getKind()).findFirst().map(owner -> owner.clock(document))
                .orElseGet(() -> document.getSentBy().timeZone());
    }

    /** Whether the named signer may still sign or decline. */
    boolean mayAct(Signer signer) {
        return signer.getAccount().isActive() && of(signer.getDocument().getKind()).allMatch(owner -> owner.mayAct(signer));
    }

    /** Who may send the document again, its sender among them while they may ({@link DocumentOwner#maySendAgain}). */
    List<UserAccount> maySendAgain(SignedDocument document) {
        return of(document.getKind()).flatMap(owner -> owner.maySendAgain(document).stream()).distinct().toList();
    }

    /** {@link #mayAct} as a condition of a query over signer slots ({@link DocumentOwner#mayActOn}). */
    Predicate mayActOn(Root<Signer> slot, AbstractQuery<?> query, CriteriaBuilder cb) {
        List<Predicate> byKind = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            List<Predicate> rules = new ArrayList<>();
            rules.add(cb.equal(slot.get("document").get("kind"), kind));
            of(kind).forEach(owner -> rules.add(owner.mayActOn(slot, query, cb)));
            byKind.add(cb.and(rules.toArray(Predicate[]::new)));
        }
        return cb.and(cb.isTrue(slot.get("account").get("active")), cb.or(byKind.toArray(Predicate[]::new)));
    }

    private Stream<DocumentOwner> of(DocumentKind kind) {
        return owners.stream().filter(owner -> owner.kind() == kind);
    }
}
