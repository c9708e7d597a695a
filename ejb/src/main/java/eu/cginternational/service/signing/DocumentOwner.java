package eu.cginternational.service.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.ZoneId;
import java.util.List;

/**
 * An owner's say over its signed documents, on top of the engine's own rules: who reads them, who, being named and
 * having their turn, may still sign or decline, and who may send one again: its sender, or others in their place. A
 * document is read by whoever may read its subject, by the owner's rule: the engine's own ({@link SigningAccess}, the
 * people of the institutions that sign it) would both keep it from readers of the subject who sign nothing (a party an
 * amendment took in reads the earlier versions of the agreement) and show it to people the subject is no longer theirs
 * to see (a host of a mobility that was rejected, say). The engine lets the named signer act; an owner whose signers
 * sign for an institution by a role they hold refuses one who no longer holds it. An owner keeps the default of a rule
 * it has nothing to add to.
 */
public interface DocumentOwner {

    /** The kind of documents this owner answers for. */
    DocumentKind kind();

    /**
     * Whether the caller may read the document, its PDF, events and audit certificate: the owner's rule, in place of the
     * engine's. By default the engine's own rule ({@link SigningAccess}), which also answers for a subject the owner does
     * not know.
     */
    default boolean mayRead(UserAccount caller, SignedDocument document) {
        return SigningAccess.mayRead(caller, document);
    }

    /**
     * The clock the document's PDF writes its days on, on which its audit certificate writes its moments too. By default
     * its sender's institution's, which also answers for a subject the owner does not know.
     */
    default ZoneId clock(SignedDocument document) {
        return document.getSentBy().timeZone();
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
