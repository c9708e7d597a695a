package eu.cginternational.service.signing;

import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.DocumentKind;

/**
 * An owner's say over who reads its signed documents, on top of the engine's own rule ({@link SigningAccess}). The
 * engine lets signers and the people of a signing institution read a document for as long as it exists; an owner
 * whose subject is no longer theirs to see (a host of a mobility that was rejected, say) withholds it from them.
 * An owner that has nothing to add does not implement it.
 */
public interface DocumentOwner {

    /** The kind of documents this owner answers for. */
    DocumentKind kind();

    /** Whether the caller, whom the engine's rule lets read a document of this subject, may read it. */
    boolean mayRead(UserAccount caller, long subjectId);
}
