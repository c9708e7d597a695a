package eu.cginternational.domain.signing;

/** In which capacity a person signs. Every value is also a message key ({@code SignerRole.NAME}). */
public enum SignerRole {
    /** For the sending school of a mobility. */
    SENDING_SCHOOL,
    /** The participant of a mobility, for themself. */
    PARTICIPANT,
    /** For the organisation that hosts a mobility. */
    HOST_ORGANISATION,
    /** For a school that is a party to a partnership agreement. */
    SCHOOL_PARTY,
    /** For a company that is a party to a partnership agreement. */
    COMPANY_PARTY
}
