package eu.cginternational.service.signing;

import eu.cginternational.domain.account.Role;
import eu.cginternational.domain.account.UserAccount;
import eu.cginternational.domain.signing.SignedDocument;
import eu.cginternational.domain.signing.Signer;

/**
 * The engine's own rule of who may read a signed document, its PDF, events and audit certificate, for a document whose
 * owner gives none ({@link DocumentOwner#mayRead}): the coordinator, its sender and signers, the staff and partners of
 * an institution that signs it, and the ministry of the country of one. The owners of the platform's documents (the
 * partnership and the learning agreements) give their own: whoever may read the subject reads its documents. Signing
 * itself is the document's rule: only the named signer whose turn it is.
 */
final class SigningAccess {

    private SigningAccess() {
    }

    static boolean mayRead(UserAccount caller, SignedDocument document) {
        if (caller.hasRole(Role.COORDINATOR) || caller.equals(document.getSentBy()) || document.signerOf(caller).isPresent()) {
            return true;
        }
        for (Signer signer : document.getSigners()) {
            boolean staff = caller.hasRole(Role.SCHOOL_ADMIN) || caller.hasRole(Role.TEACHER) || caller.hasRole(Role.PARTNER);
            if (staff && signer.getInstitution().equals(caller.getInstitution())) {
                return true;
            }
            if (caller.hasRole(Role.MINISTRY_ADMIN)
                    && signer.getInstitution().getCountry().equals(caller.getInstitution().getCountry())) {
                return true;
            }
        }
        return false;
    }
}
