package eu.cginternational.domain.guidance;

/** What a wage amount is paid for. Each value is also a message key ({@code WagePeriod.HOUR}). */
public enum WagePeriod {
    HOUR, MONTH
}
