package eu.cginternational.service.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.DocumentKind;
import eu.cginternational.domain.signing.Signer;

/**
 * An owner's say over its signed documents, on top of the engine's own rules: who reads them ({@link SigningAccess}) and
 * who, being named and having their turn, may still sign or decline. The engine lets signers and the people of a signing
 * institution read a document for as long as it exists; an owner whose subject is no longer theirs to see (a host of a
 * mobility that was rejected, say) withholds it from them. The engine lets the named signer act; an owner whose signers
 * sign for an institution by a role they hold refuses one who no longer holds it. An owner keeps the default of a rule
 * it has nothing to add to.
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
}
