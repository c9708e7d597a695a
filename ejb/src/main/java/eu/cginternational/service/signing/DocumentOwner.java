package eu.cginternational.service.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;

/**
 * An owner's say over its signed documents, on top of the engine's own rules: who reads them ({@link SigningAccess}),
 * who, being named and having their turn, may still sign or decline, and who may send one again: its sender, or others
 * in their place. The engine lets signers and the people of a signing institution read a document for as long as it
 * exists; an owner whose subject is no longer theirs to see (a host of a mobility that was rejected, say) withholds it
 * from them. The engine lets the named signer act; an owner whose signers sign for an institution by a role they hold
 * refuses one who no longer holds it. An owner keeps the default of a rule it has nothing to add to.
 */
public interface DocumentOwner {

    /** The kind of documents this owner answers for. */
    DocumentKind kind();

    /** Whether the caller, whom the engine's rule lets read a document of this subject, may read it. */
    default boolean mayRead(UserAccount caller, long subjectId) {
        return true;
    }

    /** Whether the named signer may still sign or decline for the institution of their slot. */
    default boolean mayAct(Signer signer) {
        return true;
    }

    /**
     * {@link #mayAct} as a condition of a query over signer slots ({@code slot}, a root of {@code query}, which
     * subqueries may join): true for exactly the slots whose signer may still act. The signer's inbox pages and counts
     * with it in the database, and the reminder run picks with it the signers it has something to do for.
     */
    default Predicate mayActOn(Root<Signer> slot, AbstractQuery<?> query, CriteriaBuilder cb) {
        return cb.conjunction();
    }

    /**
     * The active accounts who may withdraw the document's subject from signature and send it again with other signers,
     * its sender among them only as long as they still may: when a signer can no longer act, the sender is told if they
     * are among them, else they all are in the sender's place ({@link SigningNotices#signerCannotAct}). By default the
     * engine's own rule: its sender, while active.
     */
    default List<UserAccount> maySendAgain(SignedDocument document) {
        UserAccount sender = document.getSentBy();
        return sender.isActive() ? List.of(sender) : List.of();
    }
}
